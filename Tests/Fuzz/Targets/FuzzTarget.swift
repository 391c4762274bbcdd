/// One parser of outside input, fed arbitrary bytes by libFuzzer or by the replay test.
public struct FuzzTarget: Sendable {
  /// The name on the command line of `scripts/fuzz` and the folder of its corpus.
  public let name: String
  /// The longest input worth generating: a little more than the largest useful seed.
  public let maximumLength: Int
  /// Hands `bytes` to the parser. Must never trap on its own: a value or a typed error is
  /// the only acceptable answer, and a broken property of the result is a `.violated` outcome.
  public let run: @Sendable ([UInt8]) -> FuzzOutcome

  public init(
    name: String, maximumLength: Int, run: @escaping @Sendable ([UInt8]) -> FuzzOutcome
  ) {
    self.name = name
    self.maximumLength = maximumLength
    self.run = run
  }
}

/// What a parser made of one input.
public enum FuzzOutcome: Sendable, Equatable {
  /// The input parsed; the text summarises the result.
  case accepted(String)
  /// The parser refused the input with a typed error; the text is its message.
  case refused(String)
  /// The parser returned something that breaks a property it promises, such as a model file
  /// that does not encode back to the same bytes.
  case violated(String)
}

extension FuzzTarget {
  /// The target called `name`, if there is one.
  public static func named(_ name: String) -> FuzzTarget? {
    all.first { $0.name == name }
  }
}
