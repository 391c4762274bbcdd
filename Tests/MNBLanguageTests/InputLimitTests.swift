import MNBLanguage
import MNBNotebook
import Testing

/// Lines, strings and notebooks past their limits are refused with their position, and long
/// input within the limits parses without deep recursion.
@Suite struct InputLimitTests {
  @Test func aLineOverOneMiBIsRefusedAtItsStart() {
    let line = "vars " + String(repeating: "x", count: 1 << 20)
    #expect(
      throws: SyntaxError(
        "this line is 1048581 bytes long, more than the limit of 1 MiB",
        at: SourceLocation(line: 7, column: 1))
    ) {
      try Parser.parse(line: line, number: 7)
    }
  }

  @Test func aStringOver64KiBIsRefusedWhereItStarts() {
    let line = "save session \"" + String(repeating: "a", count: 70_000) + "\""
    #expect(
      throws: SyntaxError(
        "this string is longer than the limit of 64 KiB", at: SourceLocation(line: 1, column: 14))
    ) {
      try Parser.parse(line: line, number: 1)
    }
  }

  @Test func aStringOfExactly64KiBIsAccepted() throws {
    let name = String(repeating: "a", count: 64 << 10)
    let statement = try Parser.parse(line: "save session \"\(name)\"", number: 1)
    #expect(statement != nil)
  }

  /// Nearly a mebibyte of tokens, and of brackets, after a command: refused at the first one
  /// that does not belong, without a crash.
  @Test(arguments: [" 1", "[", "]", " \"a\"", " $"])
  func manyTokensWithinTheLimitGiveOneError(_ piece: String) {
    let line = "vars" + String(repeating: piece, count: (1 << 20) / piece.utf8.count - 4)
    #expect(throws: SyntaxError.self) { try Parser.parse(line: line, number: 1) }
  }

  @Test func aNotebookLineOverTheLimitIsNamed() {
    let text = "# %%\nvars\n# " + String(repeating: "x", count: 1 << 20) + "\nvars\n"
    #expect(
      throws: NotebookError.unparsable([
        SyntaxError(
          "this line is 1048578 bytes long, more than the limit of 1 MiB",
          at: SourceLocation(line: 3, column: 1))
      ])
    ) {
      try Notebook.parse(text)
    }
  }

  @Test func aNotebookOfMoreThanOneHundredThousandCellsIsRefused() {
    let text = String(repeating: "# %%\nvars\n", count: 100_001)
    #expect(
      throws: NotebookError.unparsable([
        SyntaxError(
          "the notebook has more than 100000 cells, the most mnb runs",
          at: SourceLocation(line: 200_001, column: 1))
      ])
    ) {
      try Notebook.parse(text)
    }
  }

  @Test func oneHundredThousandCellsAreAccepted() throws {
    let notebook = try Notebook.parse(String(repeating: "# %%\nvars\n", count: 100_000))
    #expect(notebook.cells.count == 100_000)
  }
}

/// A file of junk lines is refused quickly, listing its first errors only.
@Suite struct ErrorListLimitTests {
  @Test(arguments: ["x\n", "# %% [bogus]\n", "# %% [markdown]\nprose\n"])
  func aMillionBadLinesListAHundredErrorsAndANote(_ line: String) {
    do {
      _ = try Notebook.parse(String(repeating: line, count: 1_000_000))
      Issue.record("a notebook of junk parsed")
    } catch {
      guard case .unparsable(let errors) = error else {
        Issue.record("expected unparsable, got \(error)")
        return
      }
      #expect(errors.count == 101)
      #expect(errors.last?.message == "more errors follow; only the first 100 are listed")
      #expect(errors.map(\.location) == errors.map(\.location).sorted())
    }
  }
}
