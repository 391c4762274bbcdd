import MNBData
import MNBEngine
import MNBImage
import MNBModels

/// What went wrong while a command ran. The facts only; the wording is in `description`.
public enum SessionError: Error, Sendable, Equatable, CustomStringConvertible {
  case unknownDataset(name: String, known: [String])
  case unknownModel(name: String, known: [String])
  case unknownHelpTopic(name: String)
  case indexOutOfRange(dataset: String, index: Int, count: Int)
  case emptyRange(dataset: String, from: Int, to: Int, count: Int)
  case loadFailed(dataset: String, reason: String)
  case trainingFailed(model: String, reason: String)
  case shapeMismatch(model: String, modelShape: String, dataset: String, dataShape: String)
  case interrupted(step: String)
  case timedOut(seconds: Double, step: String)
  case notebooksUnavailable
  case notebooksNestTooDeep(path: String, depth: Int)
  /// `chain` lists the notebooks running, outermost first, then the one asked for again.
  case notebookCycle(chain: [String])
  case notebookFailed(path: String, status: Int32)
  case cannotSave(reason: String)
  case cannotLoadModel(ModelFileError)
  case unknownExportFormat(path: String, allowed: [String])
  case plotFailed(reason: String)
  case nothingToPlot(reason: String)
  case unknownSetting(name: String)
  case conflictingOptions(String)
  case pictureFailed(ImageError)
  case pictureNeedsSquareModel(model: String, height: Int, width: Int)

  public var description: String {
    switch self {
    case .unknownDataset(let name, let known):
      "no data set named '\(name)'"
        + Self.hint(name, known, noun: "data sets", orElse: "'load mnist' makes 'train' and 'test'")
    case .unknownModel(let name, let known):
      "no model named '\(name)'"
        + Self.hint(name, known, noun: "models", orElse: "'train \(name) on train' makes one")
    case .unknownHelpTopic(let name):
      "no command named '\(name)'"
        + Suggestion.hint(for: name, among: CommandCatalog.commandNames)
    case .indexOutOfRange(let dataset, let index, let count):
      "image \(index) is out of range: '\(dataset)' holds \(count) images, "
        + "numbered 0 to \(count - 1)"
    case .emptyRange(let dataset, let from, let to, let count):
      "the range \(from):\(to) selects no images of '\(dataset)', which holds \(count)"
    case .loadFailed(_, let reason):
      reason
    case .trainingFailed(_, let reason):
      reason
    case .shapeMismatch(let model, let modelShape, let dataset, let dataShape):
      "model '\(model)' expects \(modelShape) but '\(dataset)' has \(dataShape)"
    case .interrupted(let step):
      "interrupted: \(step)"
    case .notebooksUnavailable:
      "notebooks cannot be run from here"
    case .notebooksNestTooDeep(let path, let depth):
      "cannot run '\(path)': notebooks already run \(depth) deep; does a notebook run itself?"
    case .notebookCycle(let chain):
      "cannot run '\(chain.last ?? "")': it is already running ("
        + chain.map { "'\($0)'" }.joined(separator: " runs ")
        + "); a notebook may not run itself"
    case .notebookFailed(let path, let status):
      "the notebook '\(path)' stopped with status \(status)"
    case .cannotSave(let reason), .plotFailed(let reason):
      reason
    case .cannotLoadModel(let error):
      error.description
    case .unknownExportFormat(let path, let allowed):
      "cannot export to '\(path)': unknown file type; end the name in "
        + allowed.map { "'\($0)'" }.joined(separator: " or ")
    case .conflictingOptions(let reason):
      reason
    case .pictureFailed(let error):
      error.description
    case .pictureNeedsSquareModel(let model, let height, let width):
      "model '\(model)' takes \(height)x\(width) images; pictures are prepared only for "
        + "square ones"
    case .nothingToPlot(let reason):
      "nothing to plot: \(reason)"
    case .unknownSetting(let name):
      "unknown setting '\(name)'" + Suggestion.hint(for: name, among: ["plots"])
        + "; the only setting is 'plots'"
    case .timedOut(let seconds, let step):
      "timed out after \(TimeLimit.format(seconds)) s: \(step)"
    }
  }

  private static func hint(_ name: String, _ known: [String], noun: String, orElse: String)
    -> String
  {
    let close = Suggestion.hint(for: name, among: known)
    if !close.isEmpty { return close }
    if known.isEmpty { return "; there are no \(noun) yet: \(orElse)" }
    return "; the \(noun) are " + known.map { "'\($0)'" }.joined(separator: ", ")
  }
}

/// A command that failed, with the place in the input it should be reported at.
public struct SessionFailure: Error, Sendable, Equatable {
  public var location: SourceLocation
  public var error: SessionError

  public init(_ error: SessionError, at location: SourceLocation) {
    self.error = error
    self.location = location
  }

  public var message: String { error.description }

  public var isInterruption: Bool {
    if case .interrupted = error { return true }
    return false
  }

  public var isTimeout: Bool {
    if case .timedOut = error { return true }
    return false
  }
}
