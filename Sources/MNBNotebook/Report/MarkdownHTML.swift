import Foundation

/// Renders a markdown cell to HTML, covering what notebooks use: `#` headings, paragraphs,
/// bullet and numbered lists (nested by indentation), block quotes, rules, fenced code and the
/// inlines of `InlineMarkdown`.
///
/// Raw HTML in the text is escaped, never passed through. Setext headings, tables and indented
/// code blocks read as paragraphs.
struct MarkdownHTML {
  let lines: [String]
  var index = 0
  var blocks: [String] = []

  static func html(for markdown: String) -> String {
    let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map {
      String($0.hasSuffix("\r") ? $0.dropLast() : $0).replacingOccurrences(of: "\t", with: "    ")
    }
    return blocks(of: lines).joined(separator: "\n")
  }

  /// The HTML of each block in `lines`, in order.
  static func blocks(of lines: [String]) -> [String] {
    var renderer = MarkdownHTML(lines: lines)
    renderer.parse()
    return renderer.blocks
  }

  private mutating func parse() {
    while index < lines.count {
      let line = lines[index]
      if Self.isBlank(line) {
        index += 1
      } else if let fence = Fence(opening: line) {
        fencedCode(fence)
      } else if let heading = Self.heading(in: line) {
        blocks.append(heading)
        index += 1
      } else if Self.isRule(line) {
        blocks.append("<hr>")
        index += 1
      } else if Self.quoted(line) != nil {
        quote()
      } else if let marker = MarkdownListMarker(line) {
        list(startingWith: marker)
      } else {
        paragraph()
      }
    }
  }

  /// True when `line` would open a block other than a paragraph, which ends a paragraph.
  static func startsBlock(_ line: String) -> Bool {
    Fence(opening: line) != nil || heading(in: line) != nil || isRule(line)
      || quoted(line) != nil || MarkdownListMarker(line) != nil
  }

  static func isBlank(_ line: String) -> Bool {
    line.allSatisfy { $0 == " " }
  }

  static func indentation(of line: String) -> Int {
    line.prefix { $0 == " " }.count
  }

  private mutating func paragraph() {
    var text: [String] = []
    while index < lines.count, !Self.isBlank(lines[index]) {
      if !text.isEmpty && Self.startsBlock(lines[index]) { break }
      text.append(lines[index].trimmingCharacters(in: .whitespaces))
      index += 1
    }
    blocks.append("<p>" + InlineMarkdown.html(for: text.joined(separator: "\n")) + "</p>")
  }

  /// `# Title` to `###### Title`, with an optional closing run of `#`.
  private static func heading(in line: String) -> String? {
    guard indentation(of: line) <= 3 else { return nil }
    let rest = line.drop { $0 == " " }
    let level = rest.prefix { $0 == "#" }.count
    let afterMarks = rest.dropFirst(level)
    guard (1...6).contains(level), afterMarks.isEmpty || afterMarks.first == " " else { return nil }

    var title = afterMarks.trimmingCharacters(in: .whitespaces)
    let closing = title.reversed().prefix { $0 == "#" }.count
    if closing == title.count || title.dropLast(closing).last == " " {
      title = String(title.dropLast(closing)).trimmingCharacters(in: .whitespaces)
    }
    return "<h\(level)>" + InlineMarkdown.html(for: title) + "</h\(level)>"
  }

  /// Three or more of the same `-`, `*` or `_`, spaces allowed between them.
  private static func isRule(_ line: String) -> Bool {
    let marks = line.filter { $0 != " " }
    guard indentation(of: line) <= 3, marks.count >= 3, let mark = marks.first else { return false }
    return "-*_".contains(mark) && marks.allSatisfy { $0 == mark }
  }

  /// The line without its `>` marker, or nil if it is not part of a block quote.
  private static func quoted(_ line: String) -> String? {
    guard indentation(of: line) <= 3 else { return nil }
    let rest = line.drop { $0 == " " }
    guard rest.first == ">" else { return nil }
    let content = rest.dropFirst()
    return String(content.first == " " ? content.dropFirst() : content)
  }

  private mutating func quote() {
    var inner: [String] = []
    while index < lines.count, let content = Self.quoted(lines[index]) {
      inner.append(content)
      index += 1
    }
    let body = Self.blocks(of: inner).joined(separator: "\n")
    blocks.append("<blockquote>\n" + body + "\n</blockquote>")
  }
}
