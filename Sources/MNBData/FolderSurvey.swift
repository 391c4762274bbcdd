import Foundation

/// What one candidate folder holds of a data set's four files.
enum FolderSurvey {
  /// There is no folder to search; holds what is there instead (possibly nothing).
  case notAFolder(EntryKind)
  /// The folder exists but the entries inside it cannot be looked up.
  case unsearchable(reason: String)
  /// All four files, each a regular file or a link to one.
  case complete(DatasetFiles)
  /// Some of the files. `missing` names by stem the roles with nothing at all; `unusable` is
  /// the first entry that stands where a file should be but is not one, such as a directory.
  case partial(missing: [String], unusable: (file: URL, kind: EntryKind)?)
  /// A folder holding none of the files.
  case empty

  /// The error to report for this folder when no folder holds the data set; nil when the
  /// folder is not worth mentioning because nothing of the data set is there.
  func problem(name: String, directory: URL) -> DatasetError? {
    switch self {
    case .notAFolder(.missing), .complete, .empty:
      return nil
    case .notAFolder(let kind):
      return .unusableFolder(name: name, directory: directory, kind: kind)
    case .unsearchable(let reason):
      return .unusableFolder(name: name, directory: directory, kind: .inaccessible(reason: reason))
    case .partial(_, let unusable?):
      return .unusableFile(name: name, file: unusable.file, kind: unusable.kind)
    case .partial(let missing, nil):
      return .incomplete(name: name, directory: directory, missing: missing)
    }
  }
}
