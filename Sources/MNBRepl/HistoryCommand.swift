/// `history [N]`: the REPL's own command listing the last lines typed, numbered.
///
/// Handled before the language sees the line, so notebooks and scripts do not know it.
struct HistoryCommand: Equatable {
  static let defaultCount = 20

  var count: Int

  /// The command a line asks for; nil when the line is not a `history` command at all.
  /// - Throws: `HistoryCommandError` for `history` followed by something other than a count.
  static func parse(_ line: String) throws(HistoryCommandError) -> HistoryCommand? {
    let words = line.split(whereSeparator: \.isWhitespace)
    guard words.first == "history" else { return nil }
    switch words.count {
    case 1:
      return HistoryCommand(count: defaultCount)
    case 2:
      guard let count = Int(words[1]), count > 0 else {
        throw .badCount(String(words[1]))
      }
      return HistoryCommand(count: count)
    default:
      throw .unexpected(String(words[2]))
    }
  }

  /// The last `count` of `entries`, each after its number in the whole history.
  func listing(of entries: [String]) -> String {
    let shown = entries.suffix(count)
    let width = String(entries.count).count
    return shown.enumerated().map { offset, entry in
      let number = String(entries.count - shown.count + offset + 1)
      return String(repeating: " ", count: width - number.count + 2) + number + "  " + entry + "\n"
    }
    .joined()
  }
}

enum HistoryCommandError: Error, Equatable, CustomStringConvertible {
  case badCount(String)
  case unexpected(String)

  var description: String {
    switch self {
    case .badCount(let word):
      "expected a number of lines of at least 1 after 'history', found '\(word)'"
    case .unexpected(let word):
      "unexpected '\(word)' after the 'history' command; it takes at most a number of lines"
    }
  }
}
