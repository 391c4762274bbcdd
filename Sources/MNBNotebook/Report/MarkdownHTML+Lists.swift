extension MarkdownHTML {
  /// A list from `first` to the last item of the same kind. Lines indented to an item's text
  /// belong to it and are rendered as blocks of their own, which gives nested lists.
  mutating func list(startingWith first: MarkdownListMarker) {
    var items: [[String]] = []
    var isLoose = false
    var marker = first

    while true {
      index += 1
      items.append(itemLines(of: marker, isLoose: &isLoose))

      let next = lines[index...].firstIndex { !Self.isBlank($0) } ?? lines.count
      guard next < lines.count, let sibling = MarkdownListMarker(lines[next]),
        sibling.isSibling(of: first)
      else { break }
      isLoose = isLoose || next > index
      index = next
      marker = sibling
    }

    blocks.append(Self.listHTML(items, first: first, isLoose: isLoose))
  }

  /// The lines of one item, without its indentation; `index` ends after the item.
  private mutating func itemLines(of marker: MarkdownListMarker, isLoose: inout Bool)
    -> [String]
  {
    var item = [marker.content]
    while index < lines.count {
      let line = lines[index]
      if Self.isBlank(line) {
        let next = lines[index...].firstIndex { !Self.isBlank($0) } ?? lines.count
        guard next < lines.count, Self.indentation(of: lines[next]) >= marker.contentIndent
        else { break }
        item += Array(repeating: "", count: next - index)
        isLoose = true
        index = next
      } else if Self.indentation(of: line) >= marker.contentIndent {
        item.append(String(line.dropFirst(marker.contentIndent)))
        index += 1
      } else if let last = item.last, !Self.isBlank(last), !Self.startsBlock(line) {
        // A lazy continuation line of the item's paragraph.
        item.append(line.drop { $0 == " " }.description)
        index += 1
      } else {
        break
      }
    }
    return item
  }

  /// Tight lists show their items' paragraphs without `<p>`, as Markdown renderers do.
  private static func listHTML(_ items: [[String]], first: MarkdownListMarker, isLoose: Bool)
    -> String
  {
    let open =
      first.isOrdered ? (first.number == 1 ? "<ol>" : "<ol start=\"\(first.number)\">") : "<ul>"
    let close = first.isOrdered ? "</ol>" : "</ul>"

    let entries = items.map { item in
      let rendered = blocks(of: item).map { block in
        isLoose || !block.hasPrefix("<p>") ? block : String(block.dropFirst(3).dropLast(4))
      }
      return "<li>" + rendered.joined(separator: "\n") + "</li>"
    }
    return ([open] + entries + [close]).joined(separator: "\n")
  }
}
