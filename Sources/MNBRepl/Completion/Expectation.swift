import MNBLanguage

/// What the grammar expects at the cursor.
enum Expectation {
  /// One of these words.
  case words([String])
  /// A word standing for something, such as MODEL in the command named.
  case placeholder(String, command: String)
  /// A string in double quotes: a file, a folder or a title.
  case quotedText

  /// The expectation for the value of `option`.
  static func value(of option: OptionSpec) -> Expectation {
    switch option.kind {
    case .choice(let words): .words(words)
    case .text: .quotedText
    case .integer, .real, .flag: .words([])
    }
  }
}
