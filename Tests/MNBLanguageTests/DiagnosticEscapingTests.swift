import Testing

@testable import MNBLanguage

/// A user's text in a diagnostic reaches the terminal with its control characters escaped.
@Suite struct DiagnosticEscapingTests {
  @Test func controlCharactersInTheMessageAreShownEscaped() {
    let diagnostic = Diagnostic(
      file: "<stdin>", location: SourceLocation(line: 1, column: 6),
      message: "cannot read '\u{1B}]0;pwned\u{07}.png': tab\there, C1 \u{9B}2J and DEL \u{7F}")

    #expect(
      diagnostic.description
        == "<stdin>:1:6: error: cannot read '\\u{1b}]0;pwned\\u{7}.png': tab\there, "
        + "C1 \\u{9b}2J and DEL \\u{7f}")
  }

  @Test func theEchoedLineIsEscapedAndTheCaretStaysUnderItsColumn() {
    let diagnostic = Diagnostic(
      file: "nb\u{1B}[2J.mnb", location: SourceLocation(line: 3, column: 12),
      message: "no such model 'x'")

    let text = diagnostic.withContext(line: "show \"\u{1B}[1m\" x")

    #expect(
      text == "nb\\u{1b}[2J.mnb:3:12: error: no such model 'x'\n"
        + "  show \"\\u{1b}[1m\" x\n"
        + "                  ^")
  }

  @Test func plainTextIsUnchanged() {
    let diagnostic = Diagnostic(
      file: "a.mnb", location: SourceLocation(line: 2, column: 3), message: "héllo ✓ 'x y'")

    #expect(
      diagnostic.withContext(line: "ab x") == "a.mnb:2:3: error: héllo ✓ 'x y'\n  ab x\n    ^")
  }
}
