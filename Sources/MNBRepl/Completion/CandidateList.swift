/// Completion candidates laid out in columns, as a second Tab lists them below the prompt.
struct CandidateList {
  let candidates: [String]
  /// The terminal's width in columns.
  let width: Int

  /// Rows of left-aligned columns, two spaces apart, filled down each column first as `ls` does.
  var text: String {
    guard !candidates.isEmpty else { return "" }
    let cellWidth = (candidates.map(\.count).max() ?? 0) + 2
    let columns = max(1, width / cellWidth)
    let rows = (candidates.count + columns - 1) / columns
    return (0..<rows).map { row in
      stride(from: row, to: candidates.count, by: rows).map { index in
        let name = candidates[index]
        return name + String(repeating: " ", count: cellWidth - name.count)
      }
      .joined()
      .trimmingTrailingBlanks()
    }
    .joined(separator: "\n") + "\n"
  }
}

extension String {
  fileprivate func trimmingTrailingBlanks() -> String {
    var text = Substring(self)
    while text.last == " " { text = text.dropLast() }
    return String(text)
  }
}
