import MNBLanguage
import MNBNotebook
import Testing

@Suite struct NotebookTests {
  @Test func cellsKeepTheirKindNameAndFileLines() throws {
    let text = """
      # a title comment before any cell
      # %% [markdown]
      # # Heading
      #
      # Prose.
      # %% setup
      load mnist   # a comment

      # %%
      show train[0]
      """
    let notebook = try Notebook.parse(text)

    #expect(notebook.cells.map(\.kind) == [.markdown, .code, .code])
    #expect(notebook.cells.map(\.name) == [nil, "setup", nil])
    #expect(notebook.cells.map(\.line) == [2, 6, 9])
    #expect(notebook.cells[0].markdownText == "# Heading\n\nProse.")
    #expect(notebook.cells[1].statements.map(\.location) == [SourceLocation(line: 7, column: 1)])
    #expect(notebook.cells[2].statements.map(\.location) == [SourceLocation(line: 10, column: 1)])
  }

  @Test func commandsBeforeTheFirstMarkerFormACell() throws {
    let notebook = try Notebook.parse("load mnist\n# %%\nvars\n")
    #expect(notebook.codeCells.count == 2)
    #expect(notebook.codeCells[0].line == 1)
  }

  @Test func everyBadLineIsReportedWithItsFilePosition() {
    let text = """
      # %%
      load mnist
      # %% [markdown]
      # fine prose
      not prose
      # %% [parameters-of-sorts]
      # %%
      trian m on train
      eval m on test epochs 3
      """
    #expect(
      throws: NotebookParseError(errors: [
        SyntaxError(
          "a markdown cell's lines must start with '# '; start a code cell with '# %%' first",
          at: SourceLocation(line: 5, column: 1)),
        SyntaxError(
          "unknown cell kind '[parameters-of-sorts]'; expected '# %%', '# %% NAME' or "
            + "'# %% [markdown]'", at: SourceLocation(line: 6, column: 6)),
        SyntaxError(
          "unknown command 'trian'; did you mean 'train'?",
          at: SourceLocation(line: 8, column: 1)),
        SyntaxError(
          "unexpected 'epochs' after the 'eval' command; see 'help eval'",
          at: SourceLocation(line: 9, column: 16)),
      ])
    ) {
      try Notebook.parse(text)
    }
  }

  @Test func windowsLineEndingsAreAccepted() throws {
    let notebook = try Notebook.parse("# %%\r\nload mnist\r\n")
    #expect(notebook.codeCells.first?.statements.first?.text == "load mnist")
  }
}
