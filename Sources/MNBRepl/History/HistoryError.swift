/// What went wrong with the history file. The facts only; the wording is in `description`.
public enum HistoryError: Error, Equatable, CustomStringConvertible {
  /// The file is not a history libedit can read; it was renamed to `movedTo`.
  case notHistory(path: String, movedTo: String)
  /// The file could not be read; it was renamed to `movedTo`.
  case unreadable(path: String, reason: String, movedTo: String)
  /// A bad file could not be renamed, so the session keeps its history in memory only.
  case cannotSetAside(path: String, reason: String)
  case cannotSave(path: String, reason: String)

  public var description: String {
    switch self {
    case .notHistory(let path, let movedTo):
      "'\(path)' is not an mnb history file: moved it to '\(movedTo)'; "
        + "starting with an empty history"
    case .unreadable(let path, let reason, let movedTo):
      "cannot read the history file '\(path)': \(reason); moved it to '\(movedTo)' and "
        + "starting with an empty history"
    case .cannotSetAside(let path, let reason):
      "cannot read the history file '\(path)' nor move it aside: \(reason); "
        + "this session's history will not be saved"
    case .cannotSave(let path, let reason):
      "cannot save the history to '\(path)': \(reason); later lines will not be saved either"
    }
  }
}
