import Testing

@testable import MNBRepl

@Suite struct LineGatheringTests {
  @Test(arguments: [
    (["load mnist \\", "from \"/data\""], "load mnist  from \"/data\""),
    (["run \"my", "file.mnb\""], "run \"my file.mnb\""),
    (["show train[", "3]"], "show train[ 3]"),
    (["vars"], "vars"),
    (["show train # a [ comment"], "show train # a [ comment"),
    (["set plots \"a\\\"b\""], "set plots \"a\\\"b\""),
  ])
  func joinsContinuedLines(lines: [String], statement: String) {
    var buffer = StatementBuffer()
    for line in lines.dropLast() { #expect(buffer.add(line) == nil) }
    #expect(buffer.add(lines.last!) == statement)
    #expect(buffer.isEmpty)
  }

  @Test func abandonForgetsTheStatement() {
    var buffer = StatementBuffer()
    #expect(buffer.add("train m \\") == nil)
    buffer.abandon()
    #expect(buffer.add("vars") == "vars")
  }

  @Test func historyCommandTakesACount() throws {
    #expect(try HistoryCommand.parse("history") == HistoryCommand(count: 20))
    #expect(try HistoryCommand.parse("  history 3 ") == HistoryCommand(count: 3))
    #expect(try HistoryCommand.parse("vars") == nil)
    #expect(throws: HistoryCommandError.badCount("x")) { try HistoryCommand.parse("history x") }
    #expect(throws: HistoryCommandError.unexpected("2")) { try HistoryCommand.parse("history 1 2") }
    #expect(HistoryCommand(count: 2).listing(of: ["a", "b", "c"]) == "  2  b\n  3  c\n")
  }

  @Test func paletteStaysPlainWithNoColourOrOffATerminal() {
    let plain = "<input>:1:1: error: no"
    #expect(Palette(environment: ["NO_COLOR": ""], isTerminal: true).diagnostic(plain) == plain)
    #expect(Palette(environment: [:], isTerminal: false).diagnostic(plain) == plain)
    #expect(Palette(environment: [:], isTerminal: true).diagnostic(plain).contains("\u{1B}[1;31m"))
  }
}
