/// The start of a list item: `-`, `*` or `+`, or a number followed by `.` or `)`, then a space.
struct MarkdownListMarker: Equatable {
  let isOrdered: Bool
  /// The item's number; 1 for bullets.
  let number: Int
  /// The bullet, or the character after the number.
  let symbol: Character
  /// The column where the item's text starts; continuation lines are indented to it.
  let contentIndent: Int
  /// The text after the marker on the item's first line.
  let content: String

  init?(_ line: String) {
    let indent = line.prefix { $0 == " " }.count
    let rest = Array(line.dropFirst(indent))
    guard indent <= 3, let first = rest.first else { return nil }

    let digits = rest.prefix { $0.isASCII && $0.isNumber }.count
    if "-*+".contains(first) {
      (isOrdered, number, symbol) = (false, 1, first)
    } else if (1...9).contains(digits), digits < rest.count, ".)".contains(rest[digits]) {
      (isOrdered, number, symbol) = (true, Int(String(rest[..<digits])) ?? 1, rest[digits])
    } else {
      return nil
    }

    let width = isOrdered ? digits + 1 : 1
    let after = rest.dropFirst(width)
    guard after.isEmpty || after.first == " " else { return nil }

    let spaces = after.prefix { $0 == " " }.count
    // Five or more spaces would start indented code inside the item; one of them is the gap.
    let gap = spaces == 0 || spaces > 4 || spaces == after.count ? 1 : spaces
    contentIndent = indent + width + gap
    content = String(after.dropFirst(min(gap, spaces)))
  }

  /// True when `other` is a further item of the same list.
  func isSibling(of other: MarkdownListMarker) -> Bool {
    isOrdered == other.isOrdered && symbol == other.symbol
  }
}
