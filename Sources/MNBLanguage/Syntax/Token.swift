/// One lexical unit of the command language.
public struct Token: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    case word(String)
    case number(String)
    case string(String)
    case symbol(Character)
    case end
  }

  public var kind: Kind
  public var location: SourceLocation

  /// How the token reads in an error message.
  public var spelling: String {
    switch kind {
    case .word(let word): "'\(word)'"
    case .number(let text): "'\(text)'"
    case .string(let text): "the string \"\(text)\""
    case .symbol(let symbol): "'\(symbol)'"
    case .end: "the end of the line"
    }
  }
}
