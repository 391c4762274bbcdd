import MNBLanguage
import Testing

@Suite struct ParserTests {
  private func parse(_ line: String) throws -> Command? {
    try Parser.parse(line: line, number: 1)?.command
  }

  private func error(_ line: String) -> SyntaxError? {
    do {
      _ = try Parser.parse(line: line, number: 7)
      return nil
    } catch {
      return error
    }
  }

  @Test func blankAndCommentLinesGiveNoStatement() throws {
    #expect(try parse("") == nil)
    #expect(try parse("   \t") == nil)
    #expect(try parse("# load mnist") == nil)
  }

  @Test func loadWithAndWithoutFolder() throws {
    #expect(
      try parse("load mnist")
        == .load(
          dataset: Located("mnist", at: .init(line: 1, column: 6)),
          directory: nil))
    let command = try parse(#"load fashion-mnist from "/data/my \"sets\"" # comment"#)
    #expect(
      command
        == .load(
          dataset: Located("fashion-mnist", at: .init(line: 1, column: 6)),
          directory: Located(#"/data/my "sets""#, at: .init(line: 1, column: 25))))
  }

  @Test func trainWithOptionsInBothForms() throws {
    let command = try parse("train m on train[0:100] epochs 20 rate=0.5 batch 10 seed 3")
    guard case .train(let model, let data, let options) = command else {
      Issue.record("expected a train command, got \(String(describing: command))")
      return
    }
    #expect(model.value == "m")
    #expect(data.selection == .range(from: 0, to: 100))
    #expect(options.map(\.name) == ["epochs", "rate", "batch", "seed"])
    #expect(options.map(\.value) == [.integer(20), .real(0.5), .integer(10), .integer(3)])
  }

  @Test func selections() throws {
    #expect(
      try parse("show test[3]")
        == .show(
          DataReference(
            name: Located("test", at: .init(line: 1, column: 6)), selection: .index(3))))
    #expect(
      try parse("show test[:5]")
        == .show(
          DataReference(
            name: Located("test", at: .init(line: 1, column: 6)),
            selection: .range(from: nil, to: 5))))
    #expect(
      try parse("show test[5:]")
        == .show(
          DataReference(
            name: Located("test", at: .init(line: 1, column: 6)),
            selection: .range(from: 5, to: nil))))
  }

  @Test func helpAndVars() throws {
    #expect(try parse("help") == .help(topic: nil))
    #expect(
      try parse("help train") == .help(topic: Located("train", at: .init(line: 1, column: 6))))
    #expect(try parse("vars") == .listVariables)
  }

  @Test(arguments: [
    ("lod mnist", 1, "unknown command 'lod'; did you mean 'load'?"),
    ("frobnicate", 1, "unknown command 'frobnicate'"),
    ("train m on train epoch 5", 18, "unknown option 'epoch' for 'train'; did you mean 'epochs'?"),
    (
      "train m on train colour 5", 18,
      "unknown option 'colour' for 'train'; expected one of 'model', 'epochs', 'rate', 'batch', "
        + "'optimizer', 'momentum', 'schedule', 'step', 'factor', 'l2', 'validation', 'patience', "
        + "'threads', 'seed'"
    ),
    (
      "train m on train epochs 0", 25,
      "bad value '0' for option 'epochs': expected a whole number from 1 to 1000000"
    ),
    (
      "train m on train rate -1", 23,
      "bad value '-1' for option 'rate': expected a number from 1e-30 to 1e+30"
    ),
    (
      "train m on train epochs 2.5", 25,
      "bad value '2.5' for option 'epochs': expected a whole number from 1 to 1000000"
    ),
    (
      "train m on train epochs", 24,
      "option 'epochs' needs a value: a whole number from 1 to 1000000, found the end of the line"
    ),
    ("train m on train epochs 5 epochs 6", 27, "option 'epochs' is given twice"),
    ("train m train", 9, "expected 'on', found 'train'"),
    ("show", 5, "expected a data set name, such as 'train' or 'test', found the end of the line"),
    (
      "show test[", 11,
      "expected an image number or a range such as 0:10, found the end of the line"
    ),
    ("show test[1", 12, "expected ']', found the end of the line"),
    ("show test[-1]", 11, "'-1' is not an image number; expected a whole number of at least 0"),
    ("load mnist from /tmp", 17, "unexpected character '/'"),
    ("load mnist from mnist", 17, "expected a folder in double quotes, found 'mnist'"),
    (#"load mnist from "/tmp"#, 17, "this string has no closing '\"'"),
    ("eval m on test extra", 16, "unexpected 'extra' after the 'eval' command; see 'help eval'"),
    ("train m on train rate 1e", 23, "'1e' is not a number"),
    ("42", 1, "expected a command, found '42'"),
  ])
  func badLinesSayWhereAndWhat(line: String, column: Int, message: String) {
    let found = error(line)
    #expect(found == SyntaxError(message, at: SourceLocation(line: 7, column: column)))
  }

  @Test func columnsCountCharactersNotBytes() {
    let found = error("show é[")
    #expect(found?.location == SourceLocation(line: 7, column: 8))
  }
}

@Suite struct DataCommandParserTests {
  private func parse(_ line: String) throws -> Command? {
    try Parser.parse(line: line, number: 1)?.command
  }

  @Test func loadDataReadsACSVFileOrAnIDXPair() throws {
    #expect(
      try parse(#"load data d from "a.csv""#)
        == .loadData(
          name: Located("d", at: .init(line: 1, column: 11)),
          file: Located("a.csv", at: .init(line: 1, column: 18)), labels: nil))
    #expect(
      try parse(#"load data d from "i" labels "l""#)
        == .loadData(
          name: Located("d", at: .init(line: 1, column: 11)),
          file: Located("i", at: .init(line: 1, column: 18)),
          labels: Located("l", at: .init(line: 1, column: 29))))
  }

  @Test func aDataSetNamedDataStillLoadsFromAFolder() throws {
    #expect(
      try parse(#"load data from "d""#)
        == .load(
          dataset: Located("data", at: .init(line: 1, column: 6)),
          directory: Located("d", at: .init(line: 1, column: 16))))
  }
}
