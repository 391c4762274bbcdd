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
    let expected = NotebookError.unparsable([
      SyntaxError(
        "a markdown cell's lines must start with '# '; start a code cell with '# %%' first",
        at: SourceLocation(line: 5, column: 1)),
      SyntaxError(
        "unknown cell tag '[parameters-of-sorts]'; expected '[markdown]', '[parameters]' or "
          + "'[expect-error]'",
        at: SourceLocation(line: 6, column: 6)),
      SyntaxError(
        "unknown command 'trian'; did you mean 'train'?", at: SourceLocation(line: 8, column: 1)),
      SyntaxError(
        "unexpected 'epochs' after the 'eval' command; see 'help eval'",
        at: SourceLocation(line: 9, column: 16)),
    ])
    #expect(throws: expected) { try Notebook.parse(text) }
  }

  @Test func markersCarryNamesAndTags() throws {
    let notebook = try Notebook.parse(
      """
      # %% [parameters]
      param epochs int = 3
      # %% broken step [expect-error]
      eval m on test
      # %% Train the model
      train m on train epochs $epochs
      """)

    #expect(notebook.cells.map(\.kind) == [.parameters, .code, .code])
    #expect(notebook.cells.map(\.name) == [nil, "broken step", "Train the model"])
    #expect(notebook.cells.map(\.expectsError) == [false, true, false])
  }

  @Test func parametersAreSubstitutedWithDefaultsOrOverrides() throws {
    let text = """
      # %% [parameters]
      param epochs int = 3
      param folder text = "/data"
      # %%
      load mnist from $folder
      train m on train epochs $epochs
      """
    let defaults = try Notebook.parse(text)
    let given = try Notebook.parse(text, overrides: ["epochs": "7", "folder": "/x y"])

    #expect(defaults.codeCells[1].statements.map(\.command) == [
      .load(dataset: Located("mnist", at: .init(line: 5, column: 6)),
            directory: Located("/data", at: .init(line: 5, column: 17))),
      .train(model: Located("m", at: .init(line: 6, column: 7)),
             data: DataReference(name: Located("train", at: .init(line: 6, column: 12))),
             options: [OptionValue(name: "epochs", value: .integer(3),
                                   location: .init(line: 6, column: 25))]),
    ])
    guard case .train(_, _, let options) = given.codeCells[1].statements[1].command else {
      Issue.record("expected a train command")
      return
    }
    #expect(options.first?.value == .integer(7))
  }

  @Test func badOverridesNameTheDeclaration() throws {
    let text = "# %% [parameters]\nparam epochs int = 3\n# %%\nvars\n"
    #expect(throws: NotebookError.self) { try Notebook.parse(text, overrides: ["epoch": "3"]) }

    do {
      _ = try Notebook.parse(text, overrides: ["epochs": "many"])
      Issue.record("a bad value was accepted")
    } catch {
      #expect(
        error.parameterMessage
          == "bad value 'many' for parameter 'epochs': expected a whole number, as declared at "
          + "line 2 ('param epochs int = 3')")
    }
    do {
      _ = try Notebook.parse(text, overrides: ["epoch": "3"])
    } catch {
      #expect(
        error.parameterMessage
          == "unknown parameter 'epoch'; did you mean 'epochs'?; the notebook declares "
          + "'epochs' (line 2)")
    }
  }

  @Test func parametersBelongInTheirCell() {
    #expect(
      throws: NotebookError.unparsable([
        SyntaxError(
          "only 'param' lines belong in the parameters cell; start a code cell with '# %%' first",
          at: SourceLocation(line: 3, column: 1)),
        SyntaxError(
          "'param' lines belong in the '# %% [parameters]' cell, so 'mnb run -p' can see them",
          at: SourceLocation(line: 5, column: 1)),
      ])
    ) {
      try Notebook.parse("# %% [parameters]\nparam a int = 1\nvars\n# %%\nparam b int = 2\n")
    }
  }

  @Test func windowsLineEndingsAreAccepted() throws {
    let notebook = try Notebook.parse("# %%\r\nload mnist\r\n")
    #expect(notebook.codeCells.first?.statements.first?.text == "load mnist")
  }
}
