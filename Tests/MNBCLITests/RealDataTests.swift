import Foundation
import Testing

/// Runs mnb on the real MNIST files found under `$MNB_DATA/mnist`.
@Suite(.enabled(if: RealData.folder != nil, "set MNB_DATA to a folder holding mnist/"))
struct RealDataTests {
  @Test func aShortNotebookReachesNinetyPercentOnTheTestSet() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("mnb-real-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let notebook = folder.appendingPathComponent("short.mnb")
    try Data(
      """
      # %% load
      load mnist
      # %% train
      train m on train epochs 2 batch 100 rate 0.5 seed 1
      # %% evaluate
      eval m on test
      """.utf8
    ).write(to: notebook)

    let result = try MNBProcess.run(
      ["run", notebook.path], environment: ["MNB_DATA": RealData.folder!])

    #expect(result.status == 0, "stderr: \(result.log)")
    #expect(result.output.contains("train: 60000 images of 28x28, 10 classes"))
    let accuracy = try #require(RealData.accuracy(in: result.output, on: "test"))
    #expect(accuracy >= 0.90)
  }
}

/// Runs the repository's notebooks as a user would, on the real data sets.
@Suite(.enabled(if: RealData.folder != nil, "set MNB_DATA to a folder holding mnist/"))
struct NotebookOnRealDataTests {
  static let notebooks = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Notebooks")

  @Test func theMNISTNotebookReachesItsAccuracyAndDrawsItsPictures() throws {
    let folder = try RealData.copyOfNotebook("mnist.mnb", from: Self.notebooks)
    defer { try? FileManager.default.removeItem(at: folder) }

    let result = try MNBProcess.run(
      ["run", "mnist.mnb", "-o", "report.ipynb"], environment: ["MNB_DATA": RealData.folder!],
      in: folder)

    #expect(result.status == 0, "stderr: \(result.log)")
    let accuracy = try #require(RealData.accuracy(in: result.output, on: "test"))
    #expect(accuracy >= 0.925)
    let pictures = try FileManager.default.contentsOfDirectory(
      atPath: folder.appendingPathComponent("mnist_files").path)
    #expect(pictures.sorted() == ["cell6-1-weights.png", "cell6-2-loss.png", "cell6-3-errors.png"])
    let report = try String(
      contentsOf: folder.appendingPathComponent("report.ipynb"), encoding: .utf8)
    #expect(report.contains("\"image/png\": \"iVBORw0KGgo"))
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/usr/share/datasets/fashion-mnist")))
  func theFashionNotebookReachesEightyFourPercent() throws {
    let folder = try RealData.copyOfNotebook("fashion-mnist.mnb", from: Self.notebooks)
    defer { try? FileManager.default.removeItem(at: folder) }

    let result = try MNBProcess.run(["run", "fashion-mnist.mnb"], in: folder)

    #expect(result.status == 0, "stderr: \(result.log)")
    let accuracy = try #require(RealData.accuracy(in: result.output, on: "test"))
    #expect(accuracy >= 0.84)
  }
}

enum RealData {
  /// A temporary folder holding a copy of one of the repository's notebooks, so its pictures
  /// are written there and not into the repository.
  static func copyOfNotebook(_ name: String, from folder: URL) throws -> URL {
    let copy = FileManager.default.temporaryDirectory
      .appendingPathComponent("mnb-notebook-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: folder.appendingPathComponent(name), to: copy.appendingPathComponent(name))
    return copy
  }

  static var folder: String? {
    guard let path = ProcessInfo.processInfo.environment["MNB_DATA"], !path.isEmpty else {
      return nil
    }
    return path
  }

  /// The value of the line `accuracy 0.9136 on 'NAME' ...`.
  static func accuracy(in output: String, on name: String) -> Double? {
    let line = output.split(separator: "\n").first {
      $0.hasSuffix("correct)") && $0.contains("on '\(name)'")
    }
    return line?.split(separator: " ").dropFirst().first.flatMap { Double($0) }
  }
}
