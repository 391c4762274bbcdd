import MNBData

/// An error reported to the user, placed in a file or input stream.
///
/// Printed as `FILE:LINE:COL: error: MESSAGE`, the form editors jump to. The file name, the
/// message and the echoed line may hold a user's text, so their control characters are shown
/// escaped (`\u{1b}`) rather than sent to the terminal.
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
    let place = "\(VisibleText.escaped(file)):\(location.line):\(location.column)"
    return "\(place): error: \(VisibleText.message(message))"
  }

  /// The diagnostic followed by the offending line and a caret under the column.
  public func withContext(line text: String) -> String {
    let columns = max(0, location.column - 1)
    let before = text.prefix(columns)
    let width = VisibleText.message(String(before)).count + columns - before.count
    let indent = String(repeating: " ", count: width)
    return "\(description)\n  \(VisibleText.message(text))\n  \(indent)^"
  }
}
