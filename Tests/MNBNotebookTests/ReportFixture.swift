import Foundation

@testable import MNBNotebook

/// A temporary folder holding a sample report's picture; removed by `remove()`.
struct ReportFixture {
  let folder: URL
  let pngPath: String
  let png: Data

  init() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("mnb-report-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)

    png = TinyPNG.make(width: 2, height: 2, red: 200, green: 40, blue: 40)
    pngPath = folder.appendingPathComponent("weights.png").path
    try png.write(to: URL(fileURLWithPath: pngPath))
  }

  func remove() {
    try? FileManager.default.removeItem(at: folder)
  }

  func path(_ name: String) -> String {
    folder.appendingPathComponent(name).path
  }

  /// The names in the folder, sorted, hidden ones included.
  func contents() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  /// Markdown, a cell with stdout and stderr, a picture, a failure, a cell not run, a banner.
  var report: NotebookReport {
    NotebookReport(
      source: "examples/demo.mnb",
      cells: [
        ReportCell(
          kind: .markdown, id: "c0-intro", name: nil, line: 1,
          text: "# MNIST demo\n\nTrains **logistic regression**.\n"),
        ReportCell(
          kind: .code, id: "c1-load", name: "load", line: 5, text: "load mnist\nshow train\n",
          executionCount: 1, status: .succeeded,
          outputs: [
            .text("loaded 60000 images\n", isError: false),
            .text("loaded 10000 tests\n", isError: false),
            .text("cache is cold\n", isError: true),
            .text("train: 60000 x 784\n", isError: false),
          ],
          seconds: 0.4219),
        ReportCell(
          kind: .code, id: "c2-plot", name: "plot", line: 9, text: "plot weights",
          executionCount: 2, status: .succeeded,
          outputs: [.picture(path: pngPath, description: "weights.png")], seconds: 1.5),
        ReportCell(
          kind: .code, id: "c3-train", name: nil, line: 12, text: "train lr epochs=5",
          executionCount: 3, status: .failed,
          outputs: [
            .text("epoch 1 loss 0.41\n", isError: false),
            .error(
              name: "ShapeError", message: "expected 784 features, got 28",
              diagnostic: "examples/demo.mnb:14:9: error: expected 784 features, got 28"),
          ],
          seconds: 12.25),
        ReportCell(
          kind: .code, id: "c4-eval", name: "eval", line: 16, text: "evaluate lr"),
      ],
      banner: "stopped at cell 3 (line 12)")
  }
}
