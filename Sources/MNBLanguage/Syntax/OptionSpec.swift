/// An option a command accepts: its name, the values it allows and its default.
public struct OptionSpec: Sendable {
  public enum Kind: Sendable {
    /// A whole number in the range.
    case integer(ClosedRange<Int>)
    /// A finite number in the range.
    case real(RealRange)
    /// One of the listed words.
    case choice([String])
    /// A word standing alone, taking no value.
    case flag
    /// A string in double quotes.
    case text

    /// What a valid value looks like, for help pages and error messages.
    public var expectation: String {
      switch self {
      case .integer(let range):
        "a whole number from \(range.lowerBound) to \(range.upperBound)"
      case .real(let range):
        range.description
      case .choice(let words):
        "one of " + words.map { "'\($0)'" }.joined(separator: ", ")
      case .flag:
        "no value"
      case .text:
        "text in double quotes"
      }
    }
  }

  public var name: String
  public var kind: Kind
  public var defaultValue: String
  public var summary: String

  public init(name: String, kind: Kind, defaultValue: String, summary: String) {
    self.name = name
    self.kind = kind
    self.defaultValue = defaultValue
    self.summary = summary
  }
}

/// An interval of real numbers, open or closed at either end; no upper bound means infinity.
public struct RealRange: Sendable, CustomStringConvertible {
  public var lower: Double
  public var includesLower: Bool
  public var upper: Double?
  public var includesUpper: Bool

  public init(lower: Double, includesLower: Bool, upper: Double? = nil, includesUpper: Bool = false)
  {
    self.lower = lower
    self.includesLower = includesLower
    self.upper = upper
    self.includesUpper = includesUpper
  }

  public static let positive = RealRange(lower: 0, includesLower: false)
  /// Positive and within what a 32-bit float holds with full precision.
  public static let positiveFloat = RealRange(
    lower: 1e-30, includesLower: true, upper: 1e30, includesUpper: true)
  public static let nonNegative = RealRange(lower: 0, includesLower: true)

  public func contains(_ value: Double) -> Bool {
    guard value.isFinite else { return false }
    let aboveLower = includesLower ? value >= lower : value > lower
    guard let upper else { return aboveLower }
    return aboveLower && (includesUpper ? value <= upper : value < upper)
  }

  public var description: String {
    if let upper, includesLower, includesUpper {
      return "a number from \(Self.format(lower)) to \(Self.format(upper))"
    }
    let low =
      includesLower ? "at least \(Self.format(lower))" : "greater than \(Self.format(lower))"
    guard let upper else {
      return includesLower ? "a number of \(low)" : "a number \(low)"
    }
    let high = includesUpper ? "at most \(Self.format(upper))" : "below \(Self.format(upper))"
    return "a number \(low) and \(high)"
  }

  private static func format(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }
}
