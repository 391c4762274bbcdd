import Foundation
import Testing

/// mnb killed at random moments while it saves a model over an existing one, again and again:
/// the file on disk is always one complete version, never a mix or a cut-off one.
@Suite struct KilledSaveTests {
  static let saveCount = 150

  /// A notebook that trains one more epoch and saves, `saveCount` times; `name(i)` gives the
  /// file of the `i`th save.
  static func notebook(saving name: (Int) -> String) -> String {
    var text = "# %%\nload tiny\n"
    for index in 1...saveCount {
      text += "train m on train model ovr optimizer gd rate 0.05 epochs 1 seed 1\n"
      text += "save m \"\(name(index))\"\n"
    }
    return text
  }

  @Test func theModelFileIsAlwaysOneWholeVersion() throws {
    let data = try TinyDataset()
    defer { data.remove() }
    let environment = ["MNB_DATA": data.root.path]

    let reference = try data.file("reference.mnb", Self.notebook { "v\($0).mnbm" })
    let full = try MNBProcess.run(["run", reference.path], environment: environment, in: data.root)
    try #require(full.status == 0, "\(full.log)")
    let versions = try Set(
      (1...Self.saveCount).map {
        try Data(contentsOf: data.root.appendingPathComponent("v\($0).mnbm"))
      })
    try #require(versions.count == Self.saveCount)

    let target = data.root.appendingPathComponent("m.mnbm")
    let first = try #require(versions.first)
    let repeated = try data.file("repeated.mnb", Self.notebook { _ in "m.mnbm" })
    var generator = SystemRandomNumberGenerator()
    var seen = Set<Data>()
    for round in 0..<40 {
      try first.write(to: target)
      let signal = round % 2 == 0 ? SIGKILL : SIGTERM
      let delay = UInt32.random(in: 0..<400_000, using: &generator)
      try runAndKill(
        ["run", repeated.path], after: delay, with: signal, in: data.root, environment)

      let bytes = try Data(contentsOf: target)
      #expect(versions.contains(bytes), "round \(round): \(bytes.count) bytes match no version")
      seen.insert(bytes)
    }
    // Kills landed at different moments: more than the starting version was seen.
    #expect(seen.count > 1)
  }

  private func runAndKill(
    _ arguments: [String], after microseconds: UInt32, with signal: Int32, in folder: URL,
    _ environment: [String: String]
  ) throws {
    let process = Process()
    process.executableURL = MNBProcess.executable
    process.arguments = arguments
    process.currentDirectoryURL = folder
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    usleep(microseconds)
    kill(process.processIdentifier, signal)
    process.waitUntilExit()
  }
}
