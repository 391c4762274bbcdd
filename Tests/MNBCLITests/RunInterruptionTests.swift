import Foundation
import Testing

/// A run stopped from outside: by Ctrl-C (SIGINT) or killed outright.
@Suite struct RunInterruptionTests {
  /// A notebook whose first cell ends at once and whose second trains for hours.
  static let longNotebook = """
    # %% load
    load tiny
    # %% forever
    train m on train model ovr optimizer gd epochs 1000000
    # %% never
    vars
    """

  /// The long notebook started in the background with `-o report.ipynb`, once it trains.
  private func startLongRun(in data: TinyDataset) throws -> (run: BackgroundRun, report: URL) {
    let notebook = try data.file("long.mnb", Self.longNotebook)
    let report = data.root.appendingPathComponent("report.ipynb")
    let run = try BackgroundRun(
      ["run", notebook.path, "-o", report.path], environment: ["MNB_DATA": data.root.path])
    try run.waitForLog(containing: "epoch 1/")
    return (run, report)
  }

  @Test func ctrlCStopsTheCellWritesTheReportAndExits130() throws {
    let data = try TinyDataset(trainCount: 3000)
    defer { data.remove() }
    let (run, report) = try startLongRun(in: data)
    kill(run.process.processIdentifier, SIGINT)
    let status = run.wait()

    #expect(status == 130)
    let text = try String(contentsOf: report, encoding: .utf8)
    #expect(text.contains("\"status\": \"interrupted\""))
    #expect(text.contains("\"status\": \"not run\""))
    #expect(run.log.contains("long.mnb:4:7: error: interrupted: training cancelled after"))
  }

  @Test func aCellPastItsTimeLimitStopsTheRunWithStatus3() throws {
    let data = try TinyDataset(trainCount: 3000)
    defer { data.remove() }
    let notebook = try data.file("long.mnb", Self.longNotebook)

    let result = try MNBProcess.run(
      ["run", "--cell-timeout", "0.5", notebook.path], environment: ["MNB_DATA": data.root.path])

    #expect(result.status == 3)
    #expect(result.log.contains("long.mnb:4:7: error: timed out after 0.5 s: training cancelled"))
    #expect(result.log.contains("[2/3] forever  line 3  timed out"))
    #expect(!result.output.contains("[3/3]"))
  }

  @Test func aKilledRunLeavesACompleteReport() throws {
    let data = try TinyDataset(trainCount: 3000)
    defer { data.remove() }
    let (run, report) = try startLongRun(in: data)

    kill(run.process.processIdentifier, SIGKILL)
    _ = run.wait()

    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: report))
    let cells = try #require((json as? [String: Any])?["cells"] as? [[String: Any]])
    let codeCells = cells.filter { $0["cell_type"] as? String == "code" }
    #expect(codeCells.count == 3)
    #expect(codeCells[0]["execution_count"] as? Int == 1)
    let text = try String(contentsOf: report, encoding: .utf8)
    #expect(text.contains("incomplete: written while cell 2 (line 3) was running"))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: data.root.path)
      .filter { $0.hasSuffix(".tmp") }
    #expect(leftovers.isEmpty)
  }

  @Test func aSavedSessionRunsAgainToTheSameResult() throws {
    let data = try TinyDataset()
    defer { data.remove() }
    let saved = data.root.appendingPathComponent("session.mnb").path
    let script = """
      load tiny
      train m on train epochs 3 rate 1 seed 4
      eval m on test
      help
      save session "\(saved)"
      """

    let first = try MNBProcess.run(
      [], input: script, environment: ["MNB_DATA": data.root.path], in: data.root)
    let second = try MNBProcess.run(
      ["run", saved], environment: ["MNB_DATA": data.root.path], in: data.root)

    #expect(first.status == 0, "stderr: \(first.log)")
    #expect(second.status == 0, "stderr: \(second.log)")
    let accuracy = { (text: String) in
      text.split(separator: "\n").first { $0.hasPrefix("accuracy") }
    }
    #expect(accuracy(first.output) != nil)
    #expect(accuracy(first.output) == accuracy(second.output))
    #expect(try String(contentsOfFile: saved, encoding: .utf8).contains("# %%\neval m on test\n"))
  }

  @Test func aNotebookRunsInsideASession() throws {
    let data = try TinyDataset()
    defer { data.remove() }
    let notebook = try data.file("inner.mnb", "# %%\nload tiny\ntrain m on train epochs 2 rate 1\n")

    let result = try MNBProcess.run(
      [], input: "run \"\(notebook.path)\"\nvars\n", environment: ["MNB_DATA": data.root.path],
      in: data.root)

    #expect(result.status == 0, "stderr: \(result.log)")
    #expect(result.output.contains("m      model  one-vs-rest, 16 pixels  2 epochs"))
  }
}

/// `mnb` started in the background, its standard error collected as it comes.
final class BackgroundRun: @unchecked Sendable {
  let process = Process()
  private let lock = NSLock()
  private var collected = Data()

  init(_ arguments: [String], environment: [String: String]) throws {
    process.executableURL = MNBProcess.executable
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    errors.fileHandleForReading.readabilityHandler = { [weak self] handle in
      let chunk = handle.availableData
      self?.lock.withLock { self?.collected.append(chunk) }
    }
    try process.run()
  }

  var log: String { lock.withLock { String(decoding: collected, as: UTF8.self) } }

  /// Waits up to a minute for `text` to appear on standard error.
  func waitForLog(containing text: String) throws {
    let end = Date().addingTimeInterval(60)
    while !log.contains(text) {
      guard Date() < end, process.isRunning else {
        throw BackgroundRunError(message: "never saw '\(text)'; stderr: \(log)")
      }
      usleep(20_000)
    }
  }

  func wait() -> Int32 {
    process.waitUntilExit()
    usleep(50_000)
    return process.terminationStatus
  }
}

struct BackgroundRunError: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}
