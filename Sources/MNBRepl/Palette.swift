/// Colours for the terminal session: only on a terminal, never with `NO_COLOR` set to
/// anything, and never on a `dumb` terminal.
struct Palette {
  let isEnabled: Bool

  init(environment: [String: String], isTerminal: Bool) {
    isEnabled = isTerminal && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
  }

  /// The prompt, its escape sequences between the marks libedit skips when measuring it.
  func prompt(_ text: String, ignoreMark: CChar) -> String {
    guard isEnabled else { return text }
    let mark = String(UnicodeScalar(UInt8(ignoreMark)))
    let word = text.trimmingTrailingBlanks
    return mark + "\u{1B}[1;36m" + mark + word + mark + "\u{1B}[0m" + mark
      + String(text.dropFirst(word.count))
  }

  /// A diagnostic with its `error:` or `warning:` in colour.
  func diagnostic(_ text: String) -> String {
    guard isEnabled else { return text }
    for (word, colour) in [("error:", "1;31"), ("warning:", "1;33")] {
      if let range = text.range(of: word) {
        return text.replacingCharacters(in: range, with: "\u{1B}[\(colour)m\(word)\u{1B}[0m")
      }
    }
    return text
  }
}

extension String {
  fileprivate var trimmingTrailingBlanks: String {
    var text = Substring(self)
    while text.last == " " { text = text.dropLast() }
    return String(text)
  }
}
