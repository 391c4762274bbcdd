import Foundation

/// Splits one logical line of the command language into tokens.
///
/// Words start with a letter and may hold letters, digits, `-`, `_` and `.`;
/// numbers may carry a sign, a fraction and an exponent; strings are double-quoted
/// with `\"` and `\\` escapes; `#` starts a comment that runs to the end of the line.
/// `$NAME` stands for the value of a parameter, as a number or a string token.
public struct Lexer {
  private let characters: [Character]
  private let line: Int
  private let parameters: [String: ParameterValue]
  private var index = 0

  public init(_ text: String, line: Int, parameters: [String: ParameterValue] = [:]) {
    self.characters = Array(text)
    self.line = line
    self.parameters = parameters
  }

  public static func tokens(
    of text: String, line: Int, parameters: [String: ParameterValue] = [:]
  ) throws(SyntaxError) -> [Token] {
    var lexer = Lexer(text, line: line, parameters: parameters)
    var tokens: [Token] = []
    while true {
      let token = try lexer.next()
      tokens.append(token)
      if token.kind == .end { return tokens }
    }
  }

  private var location: SourceLocation { SourceLocation(line: line, column: index + 1) }

  private var current: Character? { index < characters.count ? characters[index] : nil }

  private var following: Character? {
    index + 1 < characters.count ? characters[index + 1] : nil
  }

  public mutating func next() throws(SyntaxError) -> Token {
    skipBlanksAndComment()
    let start = location
    guard let character = current else { return Token(kind: .end, location: start) }

    if character.isLetter || character == "_" {
      return Token(kind: .word(readWord()), location: start)
    }
    if character.isASCIIDigit || startsSignedNumber(character) {
      return Token(kind: .number(try readNumber()), location: start)
    }
    if character == "\"" {
      return Token(kind: .string(try readString()), location: start)
    }
    if character == "$" {
      return Token(kind: try readParameter(), location: start)
    }
    if "[]:=,".contains(character) {
      index += 1
      return Token(kind: .symbol(character), location: start)
    }
    throw SyntaxError("unexpected character \(character.visible)", at: start)
  }

  private mutating func skipBlanksAndComment() {
    while let character = current, character == " " || character == "\t" || character == "\r" {
      index += 1
    }
    if current == "#" { index = characters.count }
  }

  private func startsSignedNumber(_ character: Character) -> Bool {
    guard character == "-" || character == "+" || character == "." else { return false }
    return following?.isASCIIDigit == true
  }

  private mutating func readWord() -> String {
    let start = index
    while let character = current,
      character.isLetter || character.isASCIIDigit || "-_.".contains(character)
    {
      index += 1
    }
    return String(characters[start..<index])
  }

  private mutating func readNumber() throws(SyntaxError) -> String {
    let start = index
    let startLocation = location
    while let character = current,
      character.isASCIIDigit || character.isLetter || ".+-_".contains(character)
    {
      if (character == "+" || character == "-") && index > start {
        let previous = characters[index - 1]
        guard previous == "e" || previous == "E" else { break }
      }
      index += 1
    }
    let text = String(characters[start..<index])
    guard Double(text) != nil else {
      throw SyntaxError("'\(text)' is not a number", at: startLocation)
    }
    return text
  }

  private mutating func readParameter() throws(SyntaxError) -> Token.Kind {
    let start = location
    index += 1
    let name = readWord()
    guard !name.isEmpty else {
      throw SyntaxError("expected a parameter name after '$'", at: start)
    }
    guard let value = parameters[name] else {
      let hint = Suggestion.hint(for: name, among: Array(parameters.keys))
      throw SyntaxError(
        "unknown parameter '$\(name)'"
          + (hint.isEmpty ? "; declare it first with 'param \(name) int = 1'" : hint),
        at: start)
    }
    return value.tokenKind
  }

  /// The longest string, in bytes of UTF-8: strings name files and titles.
  public static let maximumStringBytes = 64 << 10

  private mutating func readString() throws(SyntaxError) -> String {
    let start = location
    index += 1
    var text = ""
    while let character = current {
      guard text.utf8.count <= Self.maximumStringBytes else {
        throw SyntaxError(
          "this string is longer than the limit of \(Self.maximumStringBytes >> 10) KiB",
          at: start)
      }
      index += 1
      switch character {
      case "\"":
        return text
      case "\\":
        guard let escaped = current, escaped == "\"" || escaped == "\\" else {
          throw SyntaxError(
            "unknown escape in string; only \\\" and \\\\ are allowed", at: location)
        }
        text.append(escaped)
        index += 1
      default:
        text.append(character)
      }
    }
    throw SyntaxError("this string has no closing '\"'", at: start)
  }
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isNumber }

  /// The character in quotes, or its code point when it is invisible or a control character.
  var visible: String {
    let isInvisible = unicodeScalars.contains {
      $0.properties.generalCategory == .control || $0.properties.generalCategory == .format
        || $0 == " "
    }
    guard isInvisible else { return "'\(self)'" }
    return unicodeScalars.map { String(format: "U+%04X", $0.value) }.joined(separator: " ")
  }
}
