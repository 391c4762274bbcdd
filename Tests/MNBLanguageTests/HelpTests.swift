import Foundation
import Testing

@testable import MNBLanguage

/// `help` on the forms of a command that take a second word, such as `load data`.
@Suite struct HelpTests {
  @Test(arguments: ["help load data", "help load model"])
  func parsesTheFormsOfLoadAsLoad(line: String) throws {
    let statement = try Parser.parse(line: line, number: 1)

    #expect(statement?.command == .help(topic: Located("load", at: .init(line: 1, column: 6))))
  }

  @Test(arguments: ["help load data", "help load model"])
  func showsThePageOfLoad(line: String) throws {
    let session = try PictureSession()
    defer { session.removeFolder() }

    try session.run(line)

    #expect(session.output.hasPrefix("load NAME [from \"DIR\"] | load data NAME from"))
    #expect(session.output.contains("'load model NAME from \"FILE\"' reads a file"))
    let page = session.output
    session.clearOutput()
    try session.run("help load")
    #expect(session.output == page)
  }

  @Test func stillRefusesOtherWordsAfterATopic() {
    #expect(
      throws: SyntaxError(
        "unexpected 'data' after the 'help' command; see 'help help'",
        at: .init(line: 1, column: 11))
    ) { try Parser.parse(line: "help eval data", number: 1) }
  }
}
