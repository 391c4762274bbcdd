import MNBData

/// Why a report could not be written. Each case holds the facts; `description` words them.
public enum ReportError: Error, Equatable, Sendable {
  /// The output path ends in an extension no exporter handles; `extension` is empty for none.
  case unsupportedExtension(path: String, extension: String)
  /// The report, or a picture copied beside it, could not be written.
  case cannotWrite(AtomicFileError)
}

extension ReportError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .unsupportedExtension(let path, let pathExtension):
      let cause =
        pathExtension.isEmpty
        ? "the name has no extension" : "unknown extension '.\(pathExtension)'"
      let allowed = ReportFormat.extensions.map { "'\($0)'" }
      return "cannot write report '\(path)': \(cause); use "
        + allowed.dropLast().joined(separator: ", ") + " or " + allowed.last!
    case .cannotWrite(let error):
      return error.description
    }
  }
}
