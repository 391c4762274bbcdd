/// An error reported to the user, placed in a file or input stream.
///
/// Printed as `FILE:LINE:COL: error: MESSAGE`, the form editors jump to.
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
  public var file: String
  public var location: SourceLocation
  public var message: String

  public init(file: String, location: SourceLocation, message: String) {
    self.file = file
    self.location = location
    self.message = message
  }

  public var description: String {
    "\(file):\(location.line):\(location.column): error: \(message)"
  }

  /// The diagnostic followed by the offending line and a caret under the column.
  public func withContext(line text: String) -> String {
    let indent = String(repeating: " ", count: max(0, location.column - 1))
    return "\(description)\n  \(text)\n  \(indent)^"
  }
}
