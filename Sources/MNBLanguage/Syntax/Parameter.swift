/// A notebook parameter: declared with a type and a default by `param NAME TYPE = VALUE`,
/// given another value with `mnb run -p NAME=VALUE`, and used as `$NAME` in later lines.
public struct ParameterDeclaration: Sendable, Equatable {
  public var name: String
  public var type: ParameterType
  public var defaultValue: ParameterValue
  public var location: SourceLocation

  public init(
    name: String, type: ParameterType, defaultValue: ParameterValue, location: SourceLocation
  ) {
    self.name = name
    self.type = type
    self.defaultValue = defaultValue
    self.location = location
  }
}

public enum ParameterType: String, Sendable, Equatable, CaseIterable {
  case int
  case real
  case text

  /// What a value of this type looks like, for messages.
  public var expectation: String {
    switch self {
    case .int: "a whole number"
    case .real: "a number"
    case .text: "text"
    }
  }

  /// Reads a value of this type from command-line text; nil when it does not fit.
  public func value(from text: String) -> ParameterValue? {
    switch self {
    case .int: Int(text).map(ParameterValue.integer)
    case .real: Double(text).flatMap { $0.isFinite ? .real($0) : nil }
    case .text: .text(text)
    }
  }
}

public enum ParameterValue: Sendable, Equatable, CustomStringConvertible {
  case integer(Int)
  case real(Double)
  case text(String)

  /// The token a `$NAME` reference stands for.
  var tokenKind: Token.Kind {
    switch self {
    case .integer(let value): .number(String(value))
    case .real(let value): .number(String(value))
    case .text(let value): .string(value)
    }
  }

  public var description: String {
    switch self {
    case .integer(let value): String(value)
    case .real(let value): String(value)
    case .text(let value): "\"\(value)\""
    }
  }
}
