import Foundation
import Testing

@Suite struct ProgramTests {
  @Test func versionAndHelp() throws {
    let version = try MNBProcess.run(["--version"])
    #expect(version.status == 0)
    #expect(version.output.hasPrefix("mnb "))

    let help = try MNBProcess.run(["--help"])
    #expect(help.status == 0)
    #expect(help.output.contains("mnb run FILE.mnb"))
  }

  @Test(arguments: [
    (["--frobnicate"], "unknown option '--frobnicate'"),
    (["walk"], "unknown command 'walk'"),
    (["run"], "'run' needs a notebook file"),
    (["run", "a.mnb", "b.mnb"], "unexpected argument 'b.mnb' after 'a.mnb'"),
  ])
  func badCommandLinesExit64(arguments: [String], message: String) throws {
    let result = try MNBProcess.run(arguments)
    #expect(result.status == 64)
    #expect(result.log.contains(message))
    #expect(result.output.isEmpty)
  }

  @Test func aMissingNotebookIsNamed() throws {
    let result = try MNBProcess.run(["run", "/nonexistent/nb.mnb"])
    #expect(result.status == 1)
    #expect(result.log == "mnb: error: cannot read '/nonexistent/nb.mnb': no such file\n")
  }

  @Test func pipedCommandsRunWithoutPromptsOrEscapeCodes() throws {
    let data = try TinyDataset()
    defer { data.remove() }
    let script = """
      load tiny   # comment
      train m on train epochs 30 rate 2
      eval m on test
      help train
      """
    let result = try MNBProcess.run([], input: script, environment: ["MNB_DATA": data.root.path])

    #expect(result.status == 0)
    #expect(result.output.contains("accuracy 1.0000 on 'test' (15 of 15 correct)"))
    #expect(result.output.contains("  rate        learning rate at the start of the schedule\n"))
    #expect(!result.output.contains("mnb>"))
    #expect(!(result.output + result.log).contains("\u{1B}"))
  }

  @Test func aReaderThatLeavesEarlyStopsTheRunAfterTheCurrentCell() throws {
    let data = try TinyDataset()
    defer { data.remove() }
    let notebook = try data.file(
      "early.mnb", "# %%\nload tiny\nshow train\n# %%\nplot images train[0:2] to \"late.png\"\n")
    // The reader is gone before mnb starts, so its first write already finds the pipe closed,
    // as it would after `| head -1`, without depending on who runs first.
    let results = Pipe()
    try results.fileHandleForReading.close()
    let process = Process()
    process.executableURL = MNBProcess.executable
    process.arguments = ["run", notebook.path]
    process.environment = ProcessInfo.processInfo.environment.merging(
      ["MNB_DATA": data.root.path]) { $1 }
    process.currentDirectoryURL = data.root
    process.standardOutput = results
    process.standardError = FileHandle.nullDevice

    try process.run()
    process.waitUntilExit()

    #expect(process.terminationStatus == 0)
    #expect(
      !FileManager.default.fileExists(atPath: data.root.appendingPathComponent("late.png").path))
  }

  @Test func aPipedScriptStopsAtItsFirstErrorWithItsPosition() throws {
    let data = try TinyDataset()
    defer { data.remove() }
    let result = try MNBProcess.run(
      [], input: "load tiny\neval m on tset\nvars\n", environment: ["MNB_DATA": data.root.path])

    #expect(result.status == 1)
    #expect(
      result.log.hasSuffix(
        "<stdin>:2:6: error: no model named 'm'; there are no models yet: "
          + "'train m on train' makes one\n"))
    #expect(!result.output.contains("name"))
  }
}
