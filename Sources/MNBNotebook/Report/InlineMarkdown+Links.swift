import Foundation

extension InlineMarkdown {
  /// `[text](target)`, or `![text](target)` when `isImage`; `index` is at the `[`.
  func link(at index: Int, before end: Int, isImage: Bool) -> (String, Int)? {
    guard let close = closingBracket(from: index, before: end),
      close + 1 < end, characters[close + 1] == "(",
      let parenthesis = closingParenthesis(from: close + 1, before: end)
    else { return nil }

    let inside = String(characters[close + 2..<parenthesis]).trimmingCharacters(in: .whitespaces)
    let target = Self.target(in: inside)
    let label = render(index + 1..<close)
    guard Self.isAllowed(target) else { return (label, parenthesis + 1) }

    let kind = isImage ? " class=\"image-link\"" : ""
    return ("<a href=\"\(target.htmlEscaped)\"\(kind)>\(label)</a>", parenthesis + 1)
  }

  /// A target may be followed by a title, which is dropped, and may sit in `<…>`.
  private static func target(in inside: String) -> String {
    if inside.hasPrefix("<"), let end = inside.firstIndex(of: ">") {
      return String(inside[inside.index(after: inside.startIndex)..<end])
    }
    return String(inside.prefix { !$0.isWhitespace })
  }

  /// True for http and https URLs and for relative ones. Controls and spaces are refused
  /// because browsers drop them, which would turn `java\tscript:` into a script link.
  static func isAllowed(_ target: String) -> Bool {
    guard !target.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F })
    else { return false }

    let head = target.prefix { !"/?#".contains($0) }
    guard let colon = head.firstIndex(of: ":") else { return true }
    let scheme = head[..<colon].lowercased()
    return scheme == "http" || scheme == "https"
  }

  private func closingBracket(from index: Int, before end: Int) -> Int? {
    var depth = 0
    var search = index
    while search < end {
      switch characters[search] {
      case "\\": search += 1
      case "[": depth += 1
      case "]":
        depth -= 1
        if depth == 0 { return search }
      default: break
      }
      search += 1
    }
    return nil
  }

  private func closingParenthesis(from index: Int, before end: Int) -> Int? {
    var depth = 0
    for search in index..<end {
      if characters[search] == "(" { depth += 1 }
      if characters[search] == ")" { depth -= 1 }
      if depth == 0 { return search }
      if characters[search] == "\n" { return nil }
    }
    return nil
  }
}
