import MNBLanguage

/// Gathers the lines of one statement typed over several lines.
///
/// A line continues on the next when it ends in `\`, or leaves a double quote or a `[` open.
/// The pieces are joined with one space, each trailing `\` removed.
struct StatementBuffer {
  private var joined: String?

  var isEmpty: Bool { joined == nil }

  /// Adds a line; returns the whole statement once it is complete, or nil while it goes on.
  mutating func add(_ line: String) -> String? {
    let continues = line.hasSuffix("\\")
    let piece = continues ? String(line.dropLast()) : line
    let text = joined.map { $0 + " " + piece } ?? piece
    // A statement past the line limit ends here, so the parser refuses it by its length.
    let isTooLong = text.utf8.count > Parser.maximumLineBytes
    guard continues || Self.isOpen(text), !isTooLong else {
      joined = nil
      return text
    }
    joined = text
    return nil
  }

  /// Forgets the lines gathered so far.
  mutating func abandon() { joined = nil }

  /// Whether `text` leaves a string or an image selection open, outside any comment.
  static func isOpen(_ text: String) -> Bool {
    var inString = false
    var isEscaping = false
    var brackets = 0
    for character in text {
      if inString {
        if isEscaping {
          isEscaping = false
        } else if character == "\\" {
          isEscaping = true
        } else if character == "\"" {
          inString = false
        }
        continue
      }
      switch character {
      case "\"": inString = true
      case "[": brackets += 1
      case "]": brackets = max(0, brackets - 1)
      case "#": return brackets > 0
      default: break
      }
    }
    return inString || brackets > 0
  }
}
