import Foundation
import Testing

/// The real `mnb` at a pseudo-terminal. Time limits are generous and only bound the waiting;
/// no test measures how long anything took.
@Suite struct TerminalSessionTests {
  let folder = TemporaryFolder()

  private func start(_ extra: [String: String] = [:]) throws -> PseudoTerminal {
    try PseudoTerminal(
      executable: BuiltProgram.path,
      environment: BuiltProgram.environment(in: folder, extra: extra),
      directory: folder.path)
  }

  @Test func tabCompletesACommandAndAName() throws {
    try TinyIDX.write(under: folder.path + "/data")
    let terminal = try start()
    defer { terminal.stop() }
    var seen = try #require(terminal.wait(for: "mnb> "))

    // libedit may redraw the typed part, so only the inserted rest is sure to appear whole.
    terminal.type("lo\t")
    seen = try #require(terminal.wait(for: "ad ", after: seen), "\(terminal.transcript)")
    terminal.type("ti\t")
    seen = try #require(terminal.wait(for: "ny ", after: seen), "\(terminal.transcript)")
    terminal.type("\r")
    #expect(terminal.wait(for: "loaded tiny", after: seen) != nil)
  }

  @Test func upBringsBackALineOfAnEarlierSession() throws {
    let first = try start()
    try #require(first.wait(for: "mnb> ") != nil)
    first.type("help eval\r")
    try #require(first.wait(for: "print the accuracy") != nil)
    first.type("exit\r")
    #expect(first.stop() == 0)

    let second = try start()
    defer { second.stop() }
    let seen = try #require(second.wait(for: "mnb> "))
    second.type("\u{1B}[A\u{1B}[A\r")
    #expect(second.wait(for: "print the accuracy", after: seen) != nil)
  }

  @Test func ctrlCStopsTrainingAndTheModelKeepsItsEpochs() throws {
    try TinyIDX.write(under: folder.path + "/data")
    let terminal = try start()
    defer { terminal.stop() }
    var seen = try #require(terminal.wait(for: "mnb> "))
    terminal.type("load tiny\r")
    seen = try #require(terminal.wait(for: "mnb> ", after: terminal.wait(for: "loaded tiny")))

    terminal.type("train m on train model ovr optimizer gd epochs 1000000\r")
    seen = try #require(terminal.wait(for: "epoch 1/1000000", after: seen))
    terminal.type("\u{3}")
    seen = try #require(terminal.wait(for: "interrupted", after: seen))
    seen = try #require(terminal.wait(for: "mnb> ", after: seen, seconds: 10))

    terminal.type("eval m on train\r")
    #expect(terminal.wait(for: "accuracy ", after: seen) != nil, "\(terminal.transcript)")
  }

  @Test func junkHistoryWarnsOnceAndTheSessionCarriesOn() throws {
    let historyFolder = folder.path + "/state/mnb"
    try FileManager.default.createDirectory(
      atPath: historyFolder, withIntermediateDirectories: true)
    try Data([0x7F, 0x45, 0x4C, 0x46, 0, 1, 2, 0xFF, 0x0A, 0x0A])
      .write(to: URL(fileURLWithPath: historyFolder + "/history"))

    let terminal = try start()
    let prompt = try #require(terminal.wait(for: "mnb> "))
    terminal.type("vars\r")
    try #require(terminal.wait(for: "nothing yet", after: prompt) != nil)
    terminal.type("exit\r")
    #expect(terminal.stop() == 0)

    #expect(terminal.transcript.components(separatedBy: "warning:").count == 2)
    #expect(terminal.transcript.contains("is not an mnb history file"))
    let names = try FileManager.default.contentsOfDirectory(atPath: historyFolder)
    #expect(names.contains { $0.hasPrefix("history.bad-") })
    #expect(try HistoryFileReader.entries(atPath: historyFolder + "/history") == ["vars", "exit"])
  }
}
