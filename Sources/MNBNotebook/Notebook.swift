import MNBLanguage

/// A notebook: a text file of cells, each opened by a line starting with `# %%`.
///
/// Code cells hold commands; markdown cells (`# %% [markdown]`) hold prose on lines that
/// start with `# `, so a notebook is also a plain script. Lines before the first marker
/// form a code cell of their own when they hold any command.
public struct Notebook: Sendable {
  public var cells: [Cell]

  /// The cells that run: parameters and code cells, in file order.
  public var codeCells: [Cell] { cells.filter { $0.kind != .markdown } }

  /// The parameters the notebook declares, in order.
  public var parameters: [ParameterDeclaration] {
    cells.filter { $0.kind == .parameters }.flatMap(\.statements).compactMap {
      if case .declareParameter(let declaration) = $0.command { return declaration }
      return nil
    }
  }

  public init(cells: [Cell]) {
    self.cells = cells
  }
}

/// One cell of a notebook, with its position in the file.
public struct Cell: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    case code
    case markdown
    /// A code cell of `param` lines only, run before any other.
    case parameters
  }

  public var kind: Kind
  /// The optional name written after the marker, as in `# %% train`.
  public var name: String?
  /// Whether the cell is marked `[expect-error]`: meant to fail, and its failure is no error.
  public var expectsError: Bool
  /// The line of the `# %%` marker, or of the first line for a cell without one.
  public var line: Int
  /// The cell's lines after its marker, each with its line number in the file.
  public var lines: [NumberedLine]
  /// The parsed commands of a code cell, in order; empty for markdown.
  public var statements: [Statement]

  public init(
    kind: Kind, name: String?, expectsError: Bool = false, line: Int, lines: [NumberedLine],
    statements: [Statement] = []
  ) {
    self.kind = kind
    self.name = name
    self.expectsError = expectsError
    self.line = line
    self.lines = lines
    self.statements = statements
  }

  /// The cell's prose with the leading `# ` of each line removed.
  public var markdownText: String {
    lines.map { line in
      if line.text.hasPrefix("# ") { return String(line.text.dropFirst(2)) }
      return line.text.hasPrefix("#") ? String(line.text.dropFirst()) : line.text
    }
    .joined(separator: "\n")
    .trimming("\n\r")
  }
}

public struct NumberedLine: Sendable, Equatable {
  public var number: Int
  public var text: String

  public init(number: Int, text: String) {
    self.number = number
    self.text = text
  }
}

extension StringProtocol {
  /// The text without any of `characters` at either end.
  func trimming(_ characters: String) -> String {
    var text = Substring(self)
    while let first = text.first, characters.contains(first) { text = text.dropFirst() }
    while let last = text.last, characters.contains(last) { text = text.dropLast() }
    return String(text)
  }
}
