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

enum RealData {
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
