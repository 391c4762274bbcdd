import MNBLanguage
import Testing

@Suite struct ModelCommandParserTests {
  private func parse(_ line: String) throws -> Command? {
    try Parser.parse(line: line, number: 1)?.command
  }

  private func at(_ value: String, _ column: Int) -> Located<String> {
    Located(value, at: .init(line: 1, column: column))
  }

  @Test func saveTakesSessionOrAModel() throws {
    #expect(try parse(#"save session "s.mnb""#) == .saveSession(path: at("s.mnb", 14)))
    #expect(try parse(#"save m "m.mnbm""#) == .saveModel(model: at("m", 6), path: at("m.mnbm", 8)))
  }

  @Test func loadModelNeedsANameAndAFile() throws {
    #expect(
      try parse(#"load model m from "m.mnbm""#)
        == .loadModel(model: at("m", 12), path: at("m.mnbm", 19)))
    #expect(throws: SyntaxError.self) { try parse("load model m") }
  }

  @Test func aDataSetNamedModelStillLoads() throws {
    #expect(try parse("load model") == .load(dataset: at("model", 6), directory: nil))
    #expect(
      try parse(#"load model from "d""#)
        == .load(dataset: at("model", 6), directory: at("d", 17)))
  }

  @Test func exportTakesAModelAndAFile() throws {
    #expect(
      try parse(#"export m "w.npy""#) == .exportModel(model: at("m", 8), path: at("w.npy", 10)))
  }
}
