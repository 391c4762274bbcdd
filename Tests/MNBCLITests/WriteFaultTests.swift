import Foundation
import Testing

/// Every file mnb writes, written into a full disk or a read-only folder: the error names the
/// file and the cause, the previous file keeps its bytes, and no temporary file stays behind.
@Suite(.enabled(if: FaultyFolder.isAvailable, "needs root for a tmpfs, or /bin/sh for ulimit"))
struct WriteFaultTests {
  static let previous = Data((0..<300).map { UInt8(truncatingIfNeeded: $0 &* 37) })

  /// Runs `script` (with `TARGET` standing for the file's path) in a folder with `fault`,
  /// holding an older `name`, and checks the outcome.
  private func expectRefusal(
    _ fault: FaultyFolder.Fault, name: String,
    run: (FaultyFolder, TinyDataset, String) throws -> MNBProcess.Result
  ) throws {
    let data = try TinyDataset()
    defer { data.remove() }
    let folder = try FaultyFolder(fault) { url in
      try Self.previous.write(to: url.appendingPathComponent(name))
    }
    defer { folder.remove() }
    let target = folder.url.appendingPathComponent(name).path

    let result = try run(folder, data, target)

    #expect(result.status == 1, "stderr: \(result.log)")
    #expect(
      result.log.contains("cannot write '\(target)': \(folder.expectedReason)"),
      "stderr: \(result.log)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == Self.previous)
    #expect(folder.names == [name])
  }

  private static let trained = "load tiny\ntrain m on train epochs 2 rate 0.05 seed 1\n"

  @Test(arguments: FaultyFolder.Fault.allCases)
  func savingAModel(_ fault: FaultyFolder.Fault) throws {
    try expectRefusal(fault, name: "m.mnbm") { folder, data, target in
      try folder.runMNB(
        [], input: Self.trained + "save m \"\(target)\"\n",
        environment: ["MNB_DATA": data.root.path], in: data.root)
    }
  }

  @Test(arguments: FaultyFolder.Fault.allCases)
  func exportingWeights(_ fault: FaultyFolder.Fault) throws {
    try expectRefusal(fault, name: "m.npy") { folder, data, target in
      try folder.runMNB(
        [], input: Self.trained + "export m \"\(target)\"\n",
        environment: ["MNB_DATA": data.root.path], in: data.root)
    }
  }

  @Test(arguments: FaultyFolder.Fault.allCases)
  func savingASession(_ fault: FaultyFolder.Fault) throws {
    try expectRefusal(fault, name: "s.mnb") { folder, data, target in
      try folder.runMNB(
        [], input: Self.trained + "save session \"\(target)\"\n",
        environment: ["MNB_DATA": data.root.path], in: data.root)
    }
  }

  @Test(arguments: FaultyFolder.Fault.allCases)
  func writingANotebookReport(_ fault: FaultyFolder.Fault) throws {
    try expectRefusal(fault, name: "out.ipynb") { folder, data, target in
      let notebook = try data.file("nb.mnb", "# %%\nload tiny\n# %%\nshow train\n")
      return try folder.runMNB(
        ["run", notebook.path, "-o", target], environment: ["MNB_DATA": data.root.path],
        in: data.root)
    }
  }

  @Test(
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/gnuplot")),
    arguments: FaultyFolder.Fault.allCases)
  func plottingAPicture(_ fault: FaultyFolder.Fault) throws {
    try expectRefusal(fault, name: "w.png") { folder, data, target in
      try folder.runMNB(
        [], input: Self.trained + "plot weights m to \"\(target)\"\n",
        environment: ["MNB_DATA": data.root.path], in: data.root)
    }
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/gnuplot")))
  func aPlotIntoAReadOnlyFolderNamesThePathAsGiven() throws {
    let data = try TinyDataset()
    defer { data.remove() }
    let folder = try FaultyFolder(.readOnly) { _ in }
    defer { folder.remove() }
    let parent = folder.url.deletingLastPathComponent()
    let shown = folder.url.lastPathComponent + "/w.svg"

    let result = try folder.runMNB(
      [], input: Self.trained + "plot loss m to \"\(shown)\"\n",
      environment: ["MNB_DATA": data.root.path], in: parent)

    #expect(result.status == 1)
    #expect(
      result.log.hasSuffix(
        "<stdin>:3:16: error: cannot write '\(shown)': \(folder.expectedReason)"
          + (folder.expectedReason == "permission denied"
            ? "; check the folder's permissions\n" : "; choose another folder\n")),
      "stderr: \(result.log)")
    #expect(folder.names.isEmpty)
  }
}
