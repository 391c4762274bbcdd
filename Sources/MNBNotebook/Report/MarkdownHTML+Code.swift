import Foundation

extension MarkdownHTML {
  /// The opening line of a fenced code block: three or more backticks or tildes.
  struct Fence: Equatable {
    let mark: Character
    let length: Int
    /// The first word after the fence, kept to letters, digits, `_`, `+` and `-`.
    let language: String

    init?(opening line: String) {
      guard MarkdownHTML.indentation(of: line) <= 3 else { return nil }
      let rest = line.drop { $0 == " " }
      guard let mark = rest.first, mark == "`" || mark == "~" else { return nil }

      let length = rest.prefix { $0 == mark }.count
      let info = rest.dropFirst(length).trimmingCharacters(in: .whitespaces)
      guard length >= 3, !(mark == "`" && info.contains("`")) else { return nil }

      self.mark = mark
      self.length = length
      let word = info.prefix { !$0.isWhitespace }
      self.language = String(
        word.filter { $0.isASCII && ($0.isLetter || $0.isNumber || "_+-".contains($0)) })
    }

    func isClosed(by line: String) -> Bool {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      let isMarks = trimmed.count >= length && trimmed.allSatisfy { $0 == mark }
      return MarkdownHTML.indentation(of: line) <= 3 && isMarks
    }
  }

  /// The block from `fence` to its closing line, or to the end of the cell if it has none.
  mutating func fencedCode(_ fence: Fence) {
    var code: [String] = []
    index += 1
    while index < lines.count, !fence.isClosed(by: lines[index]) {
      code.append(lines[index])
      index += 1
    }
    index += 1

    let language = fence.language.isEmpty ? "" : " class=\"language-\(fence.language.htmlEscaped)\""
    let body = code.joined(separator: "\n").htmlEscaped
    blocks.append("<pre><code\(language)>" + body + "</code></pre>")
  }
}
