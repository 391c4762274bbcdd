import Foundation
import Testing

/// What a user or a file can feed mnb that it must refuse, or survive, cleanly.
@Suite struct HostileInputTests {
  @Test func aBadMemoryLimitIsRefusedBeforeAnythingRuns() throws {
    let result = try MNBProcess.run([], input: "vars\n", environment: ["MNB_MEMORY_LIMIT": "2X"])

    #expect(result.status == 64)
    #expect(
      result.log == "mnb: error: MNB_MEMORY_LIMIT is '2X', expected a size above zero such as "
        + "'512M', '2G' or a number of bytes\n")
  }

  @Test func escapeCodesInAPathAreShownEscapedNotSentToTheTerminal() throws {
    let result = try MNBProcess.run([], input: "show \"\u{1B}]0;pwned\u{07}.png\"\n")

    #expect(result.status == 1)
    #expect(
      result.log
        == "<stdin>:1:6: error: \\u{1b}]0;pwned\\u{7}.png: cannot read the picture: no such file\n")
    #expect(!result.log.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
  }

  @Test func dataOverTheMemoryLimitIsRefusedWithItsSize() throws {
    let data = try TinyDataset()
    defer { data.remove() }
    let result = try MNBProcess.run(
      [], input: "load tiny\n",
      environment: ["MNB_DATA": data.root.path, "MNB_MEMORY_LIMIT": "512"])

    #expect(result.status == 1)
    #expect(
      result.log.contains(
        "<stdin>:1:6: error: train-images.idx3-ubyte: the header claims 60 images of 4x4 "
          + "(960 bytes), more than the memory limit of 512 bytes (MNB_MEMORY_LIMIT)"),
      "\(result.log)")
  }

  @Test func aModelFileOverTheMemoryLimitIsRefused() throws {
    let data = try TinyDataset()
    defer { data.remove() }
    let saved = try MNBProcess.run(
      [], input: "load tiny\ntrain m on train epochs 1\nsave m \"m.mnbm\"\n",
      environment: ["MNB_DATA": data.root.path], in: data.root)
    try #require(saved.status == 0, "\(saved.log)")
    let size =
      try FileManager.default.attributesOfItem(
        atPath: data.root.appendingPathComponent("m.mnbm").path)[.size] as? Int

    let result = try MNBProcess.run(
      [], input: "load model m from \"m.mnbm\"\n", environment: ["MNB_MEMORY_LIMIT": "100"],
      in: data.root)

    #expect(result.status == 1)
    #expect(
      result.log.contains(
        "cannot load model 'm.mnbm': the whole model file is read into memory "
          + "(\(size ?? 0) bytes), more than the memory limit of 100 bytes (MNB_MEMORY_LIMIT)"),
      "\(result.log)")
  }

  @Test func aNotebookRunningItselfIsRefusedWithTheChain() throws {
    let data = try TinyDataset()
    defer { data.remove() }
    _ = try data.file("a.mnb", "# %%\nrun \"b.mnb\"\n")
    _ = try data.file("b.mnb", "# %%\nvars\nrun \"./a.mnb\"\n")

    let result = try MNBProcess.run(["run", "a.mnb"], in: data.root)

    #expect(result.status == 1)
    #expect(
      result.log.contains(
        "b.mnb:3:5: error: cannot run './a.mnb': it is already running ('a.mnb' runs 'b.mnb' "
          + "runs './a.mnb'); a notebook may not run itself"),
      "\(result.log)")
  }

  @Test func aLongChainOfNotebooksStopsAtTheDepthLimit() throws {
    let data = try TinyDataset()
    defer { data.remove() }
    for index in 0..<12 {
      _ = try data.file("n\(index).mnb", "# %%\nrun \"n\(index + 1).mnb\"\n")
    }
    _ = try data.file("n12.mnb", "# %%\nvars\n")

    let result = try MNBProcess.run(["run", "n0.mnb"], in: data.root)

    #expect(result.status == 1)
    #expect(
      result.log.contains("cannot run 'n9.mnb': notebooks already run 8 deep"), "\(result.log)")
  }

  /// Runs mnb on `input` given as a file on standard input, which mnb may leave unread.
  private func runOnInput(_ input: String) throws -> MNBProcess.Result {
    let data = try TinyDataset()
    defer { data.remove() }
    return try MNBProcess.run([], inputFile: data.file("input.mnb", input))
  }

  @Test func aPipedLineOverTheLimitStopsTheScriptWithItsNumber() throws {
    let long = String(repeating: "x", count: 3 << 20)
    let result = try runOnInput("vars\n" + long + "\nvars\n")

    #expect(result.status == 1)
    #expect(result.log == "<stdin>:2:1: error: this line is longer than the limit of 1 MiB\n")
  }

  @Test func aPipedLineWithoutANewlineIsReadToTheLimitOnly() throws {
    let result = try runOnInput(String(repeating: "vars ", count: 600_000))

    #expect(result.status == 1)
    #expect(result.log == "<stdin>:1:1: error: this line is longer than the limit of 1 MiB\n")
  }

  @Test func aLastLineWithoutANewlineStillRuns() throws {
    let result = try MNBProcess.run([], input: "vars\r\nhelp load")

    #expect(result.status == 0, "\(result.log)")
    #expect(result.output.contains("load NAME"))
  }
}

/// Where mnb's output goes away or stalls, and its gnuplot dies.
@Suite struct BrokenSurroundingsTests {
  @Test func headReadingOneLineEndsTheRunCleanly() throws {
    let data = try TinyDataset()
    defer { data.remove() }
    let notebook = try data.file(
      "many.mnb", "# %%\nload tiny\n" + String(repeating: "# %%\nshow train\nhelp\n", count: 50))
    let script = "\"$0\" run \"$1\" | head -1; echo \"mnb exited ${PIPESTATUS[0]}\" >&2"

    let result = try MNBProcess.run(
      ["-c", script, MNBProcess.executable.path, notebook.path],
      environment: ["MNB_DATA": data.root.path], in: data.root,
      executable: URL(fileURLWithPath: "/bin/bash"))

    #expect(result.output.split(separator: "\n").count == 1, "\(result.output)")
    #expect(result.log.hasSuffix("mnb exited 0\n"), "\(result.log)")
    #expect(!result.log.contains("Fatal error"))
  }

  @Test func aReaderThatWaitsGetsEverythingInTheEnd() throws {
    let data = try TinyDataset()
    defer { data.remove() }
    let input = "load tiny\n" + String(repeating: "show train\nhelp\n", count: 200)
    let quick = try MNBProcess.run([], input: input, environment: ["MNB_DATA": data.root.path])
    try #require(quick.output.utf8.count > 200_000)

    let script = "\"$0\" | (sleep 1; cat)"
    let slow = try MNBProcess.run(
      ["-c", script, MNBProcess.executable.path], input: input,
      environment: ["MNB_DATA": data.root.path], executable: URL(fileURLWithPath: "/bin/sh"))

    #expect(slow.status == 0)
    #expect(Self.withoutTimes(slow.output) == Self.withoutTimes(quick.output))
  }

  private static func withoutTimes(_ text: String) -> String {
    text.split(separator: "\n").filter { !$0.hasPrefix("loaded ") }.joined(separator: "\n")
  }

  @Test(arguments: ["kill -9 $$", "exit 3", "exec 0<&-; sleep 0.2; exit 0"])
  func aGnuplotDyingMidwayFailsThatCellOnly(_ ending: String) throws {
    let data = try TinyDataset()
    defer { data.remove() }
    let gnuplot = try data.file(
      "dying-gnuplot",
      """
      #!/bin/sh
      IFS= read -r first
      if [ "$first" = "set print '-'" ]; then echo 'dumb png pngcairo svg'; exit 0; fi
      read -r second
      \(ending)
      """)
    chmod(gnuplot.path, 0o755)
    let notebook = try data.file(
      "plots.mnb",
      "# %%\nload tiny\ntrain m on train epochs 1\n# %%\nplot weights m to \"w.png\"\n# %%\nvars\n")

    let result = try MNBProcess.run(
      ["run", notebook.path, "--keep-going"],
      environment: ["MNB_DATA": data.root.path, "MNB_GNUPLOT": gnuplot.path], in: data.root)

    #expect(result.status == 1)
    #expect(result.log.contains("plots.mnb:5:19: error: "), "\(result.log)")
    #expect(result.log.contains("gnuplot"))
    #expect(result.output.contains("m      model"), "the cell after the plot still ran")
    #expect(!FileManager.default.fileExists(atPath: data.root.appendingPathComponent("w.png").path))
  }
}
