/// Why a picture could not go into a report. The report still gets written, with this sentence
/// where the picture would be.
enum PictureProblem: Error, Equatable, Sendable {
  /// No file at `path` (`exists` false), or one that could not be read.
  case unreadable(path: String, exists: Bool)
  /// The file is neither PNG nor SVG.
  case unsupported(path: String)
}

extension PictureProblem: CustomStringConvertible {
  var description: String {
    switch self {
    case .unreadable(let path, let exists):
      let cause = exists ? "the file cannot be read" : "no such file"
      return "cannot show picture '\(path)': \(cause)"
    case .unsupported(let path):
      return "cannot show picture '\(path)': not a PNG or SVG file"
    }
  }
}
