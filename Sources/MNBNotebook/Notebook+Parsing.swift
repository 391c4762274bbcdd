import MNBLanguage

extension Notebook {
  /// Parses a whole notebook, reporting every line that cannot be parsed.
  ///
  /// - Throws: the syntax errors of the file, in order, when there is at least one.
  public static func parse(_ text: String) throws(NotebookParseError) -> Notebook {
    var cells = splitIntoCells(text)
    var errors: [SyntaxError] = []

    for index in cells.indices {
      switch cells[index].kind {
      case .code:
        cells[index].statements = parseStatements(of: cells[index], into: &errors)
      case .markdown:
        errors += proseErrors(in: cells[index])
      }
    }

    errors += markerErrors(in: text)
    guard errors.isEmpty else {
      throw NotebookParseError(errors: errors.sorted { $0.location < $1.location })
    }
    let preamble = cells.removeFirst()
    if !preamble.statements.isEmpty { cells.insert(preamble, at: 0) }
    return Notebook(cells: cells)
  }

  private static func splitIntoCells(_ text: String) -> [Cell] {
    var cells = [Cell(kind: .code, name: nil, line: 1, lines: [])]
    for (number, line) in numberedLines(of: text) {
      if let marker = CellMarker(line) {
        cells.append(Cell(kind: marker.kind, name: marker.name, line: number, lines: []))
      } else {
        cells[cells.count - 1].lines.append(NumberedLine(number: number, text: line))
      }
    }
    return cells
  }

  /// The lines of `text` with their 1-based numbers; `\n`, `\r\n` and `\r` all end a line.
  private static func numberedLines(of text: String) -> [(number: Int, text: String)] {
    text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .enumerated().map { (number: $0.offset + 1, text: String($0.element)) }
  }

  private static func parseStatements(of cell: Cell, into errors: inout [SyntaxError])
    -> [Statement]
  {
    var statements: [Statement] = []
    for line in cell.lines {
      do {
        if let statement = try Parser.parse(line: line.text, number: line.number) {
          statements.append(statement)
        }
      } catch {
        errors.append(error)
      }
    }
    return statements
  }

  private static func proseErrors(in cell: Cell) -> [SyntaxError] {
    cell.lines.compactMap { line in
      let isProse = line.text.hasPrefix("#") || line.text.allSatisfy { $0 == " " || $0 == "\t" }
      guard !isProse else { return nil }
      return SyntaxError(
        "a markdown cell's lines must start with '# '; start a code cell with '# %%' first",
        at: SourceLocation(line: line.number, column: 1))
    }
  }

  private static func markerErrors(in text: String) -> [SyntaxError] {
    numberedLines(of: text).compactMap { number, line in
      guard line.hasPrefix("# %%"), CellMarker(line) == nil else { return nil }
      let tag = CellMarker.tag(in: line) ?? ""
      return SyntaxError(
        "unknown cell kind '[\(tag)]'; expected '# %%', '# %% NAME' or '# %% [markdown]'",
        at: SourceLocation(line: number, column: 6))
    }
  }
}

/// A parsed `# %%` line.
struct CellMarker {
  var kind: Cell.Kind
  var name: String?

  init?(_ line: String) {
    guard line.hasPrefix("# %%") else { return nil }
    let rest = line.dropFirst(4).trimming(" \t\r")
    if rest.isEmpty {
      self.init(kind: .code, name: nil)
    } else if let tag = CellMarker.tag(in: line) {
      guard tag == "markdown" || tag == "md" else { return nil }
      self.init(kind: .markdown, name: nil)
    } else {
      self.init(kind: .code, name: rest)
    }
  }

  private init(kind: Cell.Kind, name: String?) {
    self.kind = kind
    self.name = name
  }

  /// The text inside `[...]` on a marker line, if any.
  static func tag(in line: String) -> String? {
    guard let open = line.firstIndex(of: "["), let close = line.lastIndex(of: "]"),
      open < close
    else { return nil }
    return String(line[line.index(after: open)..<close]).trimming(" ")
  }
}

/// A notebook file with lines that cannot be parsed.
public struct NotebookParseError: Error, Sendable, Equatable {
  public var errors: [SyntaxError]

  public init(errors: [SyntaxError]) {
    self.errors = errors
  }
}
