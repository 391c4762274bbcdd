/// A line of the command language that cannot be understood, with where it went wrong.
public struct SyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
  public var location: SourceLocation
  public var message: String

  public init(_ message: String, at location: SourceLocation) {
    self.message = message
    self.location = location
  }

  public var description: String { "\(location): \(message)" }
}
