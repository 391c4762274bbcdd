import MNBLanguage

extension Notebook {
  /// Parses a whole notebook, with its parameters set from their defaults and `overrides`.
  ///
  /// The cell structure and the parameters cell are read first; then the overrides are checked
  /// against the declarations; then every code cell is parsed with the parameters' values.
  ///
  /// - Parameter overrides: parameter values as typed on the command line, by name.
  /// - Throws: `.unparsable` with every bad line, or a parameter error for a bad override.
  public static func parse(_ text: String, overrides: [String: String] = [:])
    throws(NotebookError) -> Notebook
  {
    var errors: [SyntaxError] = []
    var cells = splitIntoCells(text, errors: &errors)
    for index in cells.indices where cells[index].kind == .parameters {
      cells[index].statements = parseStatements(of: cells[index], with: [:], into: &errors)
    }
    errors += cells.lazy.flatMap(misplacedLines).prefix(maximumErrorCount)

    let values =
      errors.isEmpty
      ? try Notebook(cells: cells).parameterValues(overriding: overrides)
      : (try? Notebook(cells: cells).parameterValues(overriding: [:])) ?? [:]
    for index in cells.indices where cells[index].kind == .code {
      cells[index].statements = parseStatements(of: cells[index], with: values, into: &errors)
    }
    errors += cells.flatMap(parametersOutsideTheirCell)
    guard errors.isEmpty else { throw .unparsable(listed(errors)) }

    let preamble = cells.removeFirst()
    if !preamble.statements.isEmpty { cells.insert(preamble, at: 0) }
    return Notebook(cells: cells)
  }

  /// The value of every declared parameter: the override when one is given, else the default.
  func parameterValues(overriding overrides: [String: String]) throws(NotebookError)
    -> [String: ParameterValue]
  {
    let declarations = parameters
    for name in overrides.keys.sorted() where !declarations.contains(where: { $0.name == name }) {
      throw .unknownParameter(name: name, declared: declarations)
    }

    var values: [String: ParameterValue] = [:]
    for declaration in declarations {
      guard let text = overrides[declaration.name] else {
        values[declaration.name] = declaration.defaultValue
        continue
      }
      guard let value = declaration.type.value(from: text) else {
        throw .badParameterValue(text, declaration: declaration)
      }
      values[declaration.name] = value
    }
    return values
  }

  /// The most errors listed; a file with more is not a notebook, and listing millions of
  /// errors would take minutes and gigabytes.
  public static let maximumErrorCount = 100

  /// The first errors in the file, in order, and a note when more were found.
  private static func listed(_ errors: [SyntaxError]) -> [SyntaxError] {
    let sorted = errors.sorted { $0.location < $1.location }
    guard sorted.count > maximumErrorCount else { return sorted }
    let note = SyntaxError(
      "more errors follow; only the first \(maximumErrorCount) are listed",
      at: sorted[maximumErrorCount].location)
    return Array(sorted.prefix(maximumErrorCount)) + [note]
  }

  /// The most cells a notebook may have; more is a generated file gone wrong.
  public static let maximumCellCount = 100_000

  /// The cells of the file, split at `# %%` lines. Lines before the first marker form a code
  /// cell of their own, first in the list, dropped later when it holds no command.
  private static func splitIntoCells(_ text: String, errors: inout [SyntaxError]) -> [Cell] {
    var cells = [Cell(kind: .code, name: nil, line: 1, lines: [])]
    for (number, line) in numberedLines(of: text) {
      do {
        try Parser.checkLength(of: line, number: number)
      } catch {
        if errors.count <= maximumErrorCount { errors.append(error) }
        continue
      }
      if CellMarker.opensCell(line), cells.count > maximumCellCount {
        errors.append(
          SyntaxError(
            "the notebook has more than \(maximumCellCount) cells, the most mnb runs",
            at: SourceLocation(line: number, column: 1)))
        return cells
      }
      guard CellMarker.opensCell(line) else {
        cells[cells.count - 1].lines.append(NumberedLine(number: number, text: line))
        continue
      }
      do {
        let marker = try CellMarker(line, number: number)
        cells.append(
          Cell(
            kind: marker.kind, name: marker.name, expectsError: marker.expectsError,
            line: number, lines: []))
      } catch {
        if errors.count <= maximumErrorCount { errors.append(error) }
        cells.append(Cell(kind: .code, name: nil, line: number, lines: []))
      }
    }
    return cells
  }

  /// The lines of `text` with their 1-based numbers; `\n`, `\r\n` and `\r` all end a line.
  private static func numberedLines(of text: String) -> [(number: Int, text: String)] {
    text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .enumerated().map { (number: $0.offset + 1, text: String($0.element)) }
  }

  private static func parseStatements(
    of cell: Cell, with parameters: [String: ParameterValue], into errors: inout [SyntaxError]
  ) -> [Statement] {
    var statements: [Statement] = []
    for line in cell.lines where errors.count <= maximumErrorCount {
      do {
        let statement = try Parser.parse(
          line: line.text, number: line.number, parameters: parameters)
        if let statement { statements.append(statement) }
      } catch {
        errors.append(error)
      }
    }
    return statements
  }

  /// Prose lines that do not start with `#`, and commands other than `param` in the
  /// parameters cell.
  private static func misplacedLines(in cell: Cell) -> [SyntaxError] {
    switch cell.kind {
    case .code:
      return []
    case .markdown:
      let misplaced = cell.lines.lazy.compactMap { line in
        let isProse = line.text.hasPrefix("#") || line.text.allSatisfy { $0 == " " || $0 == "\t" }
        return isProse
          ? nil
          : SyntaxError(
            "a markdown cell's lines must start with '# '; start a code cell with '# %%' first",
            at: SourceLocation(line: line.number, column: 1))
      }
      return Array(misplaced.prefix(maximumErrorCount + 1))
    case .parameters:
      return cell.statements.compactMap { statement in
        if case .declareParameter = statement.command { return nil }
        return SyntaxError(
          "only 'param' lines belong in the parameters cell; start a code cell with '# %%' first",
          at: statement.location)
      }
    }
  }

  private static func parametersOutsideTheirCell(_ cell: Cell) -> [SyntaxError] {
    guard cell.kind == .code else { return [] }
    return cell.statements.compactMap { statement in
      guard case .declareParameter = statement.command else { return nil }
      return SyntaxError(
        "'param' lines belong in the '# %% [parameters]' cell, so 'mnb run -p' can see them",
        at: statement.location)
    }
  }
}
