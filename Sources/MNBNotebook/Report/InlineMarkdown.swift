/// Renders the inline Markdown of one block to HTML: `code`, **strong**, *emphasis*, links
/// and backslash escapes. Every other character is escaped, so raw HTML shows as text.
///
/// Links keep only http, https and relative targets; any other target (such as `javascript:`)
/// leaves the link text without a link. Images become links to their target, so a page never
/// fetches anything.
struct InlineMarkdown {
  let characters: [Character]

  static func html(for text: String) -> String {
    let inline = InlineMarkdown(characters: Array(text))
    return inline.render(0..<inline.characters.count)
  }

  func render(_ range: Range<Int>) -> String {
    var html = ""
    var index = range.lowerBound
    while index < range.upperBound {
      if let (piece, end) = special(at: index, before: range.upperBound) {
        html += piece
        index = end
      } else {
        html += String(characters[index]).htmlEscaped
        index += 1
      }
    }
    return html
  }

  /// The HTML for a construct starting at `index` and the index after it, or nil for plain text.
  private func special(at index: Int, before end: Int) -> (String, Int)? {
    switch characters[index] {
    case "\\": return escape(at: index, before: end)
    case "`": return codeSpan(at: index, before: end)
    case "*", "_": return emphasis(at: index, before: end)
    case "[": return link(at: index, before: end, isImage: false)
    case "!" where index + 1 < end && characters[index + 1] == "[":
      return link(at: index + 1, before: end, isImage: true)
    default: return nil
    }
  }

  private func escape(at index: Int, before end: Int) -> (String, Int)? {
    guard index + 1 < end, characters[index + 1].isPunctuation || characters[index + 1].isSymbol
    else { return nil }
    return (String(characters[index + 1]).htmlEscaped, index + 2)
  }

  /// A code span closes at the next run of exactly as many backticks; an unclosed run is text.
  private func codeSpan(at index: Int, before end: Int) -> (String, Int)? {
    let width = run(of: "`", at: index, before: end)
    var search = index + width
    while search < end {
      let length = run(of: "`", at: search, before: end)
      if length == width {
        return ("<code>" + codeText(index + width..<search) + "</code>", search + width)
      }
      search += max(length, 1)
    }
    return (String(repeating: "`", count: width), index + width)
  }

  private func codeText(_ range: Range<Int>) -> String {
    var text = String(characters[range]).replacingOccurrences(of: "\n", with: " ")
    if text.count > 2, text.first == " ", text.last == " ", text.contains(where: { $0 != " " }) {
      text = String(text.dropFirst().dropLast())
    }
    return text.htmlEscaped
  }

  /// `**strong**`, `__strong__`, `*em*` or `_em_`; an underscore inside a word is text, so
  /// names like `train_images` stay whole.
  private func emphasis(at index: Int, before end: Int) -> (String, Int)? {
    let mark = characters[index]
    let width = min(run(of: mark, at: index, before: end), 2)
    let opensWord = index + width < end && !characters[index + width].isWhitespace
    let afterWord = index > 0 && isWordCharacter(characters[index - 1])
    guard opensWord, !(mark == "_" && afterWord) else { return nil }

    guard let close = closer(of: mark, width: width, from: index + width + 1, before: end)
    else { return nil }
    let tag = width == 2 ? "strong" : "em"
    return ("<\(tag)>" + render(index + width..<close) + "</\(tag)>", close + width)
  }

  private func closer(of mark: Character, width: Int, from start: Int, before end: Int) -> Int? {
    var search = start
    while search < end {
      if characters[search] == "`" {
        search += codeSpanLength(at: search, before: end)
        continue
      }
      guard characters[search] == mark else {
        search += 1
        continue
      }

      let length = run(of: mark, at: search, before: end)
      let closesWord = !characters[search - 1].isWhitespace
      let beforeWord = search + length < end && isWordCharacter(characters[search + length])
      if length == width && closesWord && !(mark == "_" && beforeWord) { return search }
      search += length
    }
    return nil
  }

  private func codeSpanLength(at index: Int, before end: Int) -> Int {
    guard let (_, after) = codeSpan(at: index, before: end) else { return 1 }
    return after - index
  }

  private func run(of mark: Character, at index: Int, before end: Int) -> Int {
    var length = 0
    while index + length < end && characters[index + length] == mark { length += 1 }
    return length
  }

  private func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber
  }
}
