import Foundation
import Testing

/// Each folder under Golden/ holds `notebook.mnb` and the `stdout`, `stderr` and `status`
/// that `mnb run notebook.mnb` must give, run in a temporary folder on the tiny data set with
/// `MNB_DATA` set; an `arguments` file adds options to `run`, one per line.
/// Timings read `X s` and the data folder `$DATA`. `MNB_UPDATE_GOLDEN=1` rewrites the files.
@Suite struct GoldenTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")

  static var cases: [String] {
    let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
    return (names ?? []).sorted()
  }

  @Test(arguments: cases)
  func notebookRunsAsRecorded(name: String) throws {
    let data = try TinyDataset()
    defer { data.remove() }
    let caseFolder = Self.folder.appendingPathComponent(name)

    let workspace = data.root.appendingPathComponent("workspace")
    try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: caseFolder.appendingPathComponent("notebook.mnb"),
      to: workspace.appendingPathComponent("notebook.mnb"))

    let extra = try? String(
      contentsOf: caseFolder.appendingPathComponent("arguments"), encoding: .utf8)
    let arguments = (extra ?? "").split(separator: "\n").map(String.init)

    let result = try MNBProcess.run(
      ["run"] + arguments + ["notebook.mnb"],
      environment: [
        "MNB_DATA": data.root.path, "HOME": data.root.path,
        "XDG_CACHE_HOME": data.root.appendingPathComponent("cache").path,
      ],
      in: workspace)
    let actual = [
      "stdout": normalized(result.output, data: data),
      "stderr": normalized(result.log, data: data),
      "status": "\(result.status)\n",
    ]

    for (file, text) in actual.sorted(by: { $0.key < $1.key }) {
      let url = caseFolder.appendingPathComponent(file)
      if ProcessInfo.processInfo.environment["MNB_UPDATE_GOLDEN"] == "1" {
        try Data(text.utf8).write(to: url)
      }
      let expected = try String(contentsOf: url, encoding: .utf8)
      #expect(text == expected, "\(name)/\(file) differs")
    }
  }

  private func normalized(_ text: String, data: TinyDataset) -> String {
    text.replacingOccurrences(of: data.root.path, with: "$DATA")
      .replacingOccurrences(of: #"\d+\.\d+ s\b"#, with: "X s", options: .regularExpression)
  }
}
