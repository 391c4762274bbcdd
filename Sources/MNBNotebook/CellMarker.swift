import MNBLanguage

/// A parsed `# %%` line: `# %% [NAME] [TAG]...`, where a tag is written in brackets.
///
/// Tags: `[markdown]` (or `[md]`) for prose, `[parameters]` for the cell declaring the
/// notebook's parameters, and `[expect-error]` for a code cell that is meant to fail.
struct CellMarker: Equatable {
  var kind: Cell.Kind
  var name: String?
  var expectsError: Bool

  static let tags = ["markdown", "md", "parameters", "expect-error"]

  /// Whether the line opens a cell at all.
  static func opensCell(_ line: String) -> Bool { line.hasPrefix("# %%") }

  /// - Throws: a `SyntaxError` for an unknown tag or tags that cannot go together.
  init(_ line: String, number: Int) throws(SyntaxError) {
    var rest = Substring(line.dropFirst(4))
    var tags: [(String, Int)] = []
    while let open = rest.firstIndex(of: "[") {
      guard let close = rest[open...].firstIndex(of: "]") else {
        throw SyntaxError(
          "this '[' has no closing ']'", at: Self.location(of: open, in: line, number))
      }
      let tag = rest[rest.index(after: open)..<close].trimming(" \t")
      tags.append((tag, Self.column(of: open, in: line)))
      rest.removeSubrange(open...close)
    }

    let name = rest.trimming(" \t")
    self.name = name.isEmpty ? nil : name
    self.kind = .code
    self.expectsError = false
    for (tag, column) in tags {
      try apply(tag, at: SourceLocation(line: number, column: column))
    }
  }

  private mutating func apply(_ tag: String, at location: SourceLocation) throws(SyntaxError) {
    switch tag {
    case "markdown", "md":
      kind = .markdown
    case "parameters":
      kind = .parameters
    case "expect-error":
      expectsError = true
    default:
      let hint = Suggestion.hint(for: tag, among: Self.tags)
      throw SyntaxError(
        "unknown cell tag '[\(tag)]'"
          + (hint.isEmpty ? "; expected '[markdown]', '[parameters]' or '[expect-error]'" : hint),
        at: location)
    }
    if kind != .code && expectsError {
      throw SyntaxError("only a code cell can be marked '[expect-error]'", at: location)
    }
  }

  private static func column(of index: Substring.Index, in line: String) -> Int {
    line.distance(from: line.startIndex, to: index) + 1
  }

  private static func location(of index: Substring.Index, in line: String, _ number: Int)
    -> SourceLocation
  {
    SourceLocation(line: number, column: column(of: index, in: line))
  }
}
