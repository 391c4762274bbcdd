/// The text before the cursor, cut into the words completion reasons about.
///
/// A quoted string counts as one word, kept with its quotes; an image selection such as
/// `[0:10]` belongs to the word before it and is dropped; a comma separates like a blank.
struct TypedLine: Equatable {
  /// The finished words before the one under the cursor.
  var words: [String] = []
  /// The word under the cursor, possibly empty.
  var partial = ""
  /// The unescaped text of a string left open at the cursor, if the cursor is inside quotes.
  var openString: String?
  /// True when the cursor is somewhere completion has nothing to offer: a comment or `[...]`.
  var isInert = false
  /// True when a comma came after the last finished word.
  var followsComma = false

  init(_ text: String) {
    var scanner = Scanner()
    for character in text { scanner.consume(character) }
    self = scanner.finish()
  }

  private init() {}

  private struct Scanner {
    var line = TypedLine()
    var inString = false
    var isEscaping = false
    var stringText = ""
    var bracketDepth = 0

    mutating func consume(_ character: Character) {
      if line.isInert && bracketDepth == 0 { return }
      if inString { return consumeInString(character) }
      if bracketDepth > 0 {
        if character == "]" { bracketDepth -= 1 }
        line.isInert = bracketDepth > 0
        return
      }
      switch character {
      case "\"":
        flush()
        inString = true
        stringText = ""
      case "[":
        flush()
        bracketDepth = 1
        line.isInert = true
      case "#":
        line.isInert = true
      case ",":
        flush()
        line.followsComma = true
      case _ where character.isWhitespace || "]:=".contains(character):
        flush()
      default:
        line.partial.append(character)
      }
    }

    private mutating func consumeInString(_ character: Character) {
      if isEscaping {
        stringText.append(character)
        isEscaping = false
      } else if character == "\\" {
        isEscaping = true
      } else if character == "\"" {
        inString = false
        appendWord("\"" + stringText + "\"")
      } else {
        stringText.append(character)
      }
    }

    private mutating func flush() {
      guard !line.partial.isEmpty else { return }
      appendWord(line.partial)
      line.partial = ""
    }

    private mutating func appendWord(_ word: String) {
      line.words.append(word)
      line.followsComma = false
    }

    mutating func finish() -> TypedLine {
      if inString { line.openString = stringText }
      return line
    }
  }
}
