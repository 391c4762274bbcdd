extension String {
  /// The text with the characters that open Markdown constructs backslash-escaped, so it
  /// reads literally and cannot start emphasis, links, headings, entities or raw HTML.
  var markdownEscaped: String {
    var escaped = ""
    for character in self {
      if "\\`*_[]<>#!|~&".contains(character) { escaped.append("\\") }
      escaped.append(character)
    }
    return escaped
  }

  /// A fence of backticks longer than any run of backticks in the text, and at least three.
  var markdownFence: String {
    var longest = 0
    var current = 0
    for character in self {
      current = character == "`" ? current + 1 : 0
      longest = Swift.max(longest, current)
    }
    return String(repeating: "`", count: Swift.max(3, longest + 1))
  }

  /// The text in a fenced block with the `info` string, closed even when the text is not.
  func fenced(info: String) -> String {
    let fence = markdownFence
    let body = hasSuffix("\n") ? self : self + "\n"
    return fence + info + "\n" + body + fence
  }
}
