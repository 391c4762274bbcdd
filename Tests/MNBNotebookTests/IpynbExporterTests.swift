import Foundation
import Testing

@testable import MNBNotebook

@Suite("ipynb export")
struct IpynbExporterTests {
  /// The written notebook, parsed back with Foundation.
  private func exported(_ report: NotebookReport, to path: String) throws -> [String: Any] {
    try ReportWriter(path: path).write(report)
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    return try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  private func cells(_ notebook: [String: Any]) throws -> [[String: Any]] {
    try #require(notebook["cells"] as? [[String: Any]])
  }

  @Test(
    "validates against the nbformat 4.5 schema and matches Jupyter's own writing",
    .enabled(
      if: NBFormatValidator.isAvailable,
      "needs Python with the 'nbformat' package: pip install nbformat, or set MNB_PYTHON"))
  func validatesWithNBFormat() throws {
    let fixture = try ReportFixture()
    defer { fixture.remove() }
    var report = fixture.report
    report.cells[0].text += "Ünïcödé, \"quotes\", tab\there, <b>html</b> and `code`\n"
    try ReportWriter(path: fixture.path("demo.ipynb")).write(report)

    let result = try NBFormatValidator.check(fixture.path("demo.ipynb"))

    #expect(result.status == 0, "\(result.output)")
    #expect(result.output == "valid 4 5\nsame as jupyter\n")
  }

  @Test func topLevelCarriesVersionKernelAndBanner() throws {
    let fixture = try ReportFixture()
    defer { fixture.remove() }

    let notebook = try exported(fixture.report, to: fixture.path("demo.ipynb"))
    let metadata = try #require(notebook["metadata"] as? [String: Any])
    let kernel = try #require(metadata["kernelspec"] as? [String: String])
    let mnb = try #require(metadata["mnb"] as? [String: String])

    #expect(notebook["nbformat"] as? Int == 4)
    #expect(notebook["nbformat_minor"] as? Int == 5)
    #expect(kernel == ["name": "mnb", "display_name": "mnb", "language": "mnb"])
    #expect((metadata["language_info"] as? [String: String]) == ["name": "mnb"])
    #expect(mnb == ["source": "examples/demo.mnb", "banner": "stopped at cell 3 (line 12)"])
  }

  @Test func bannerIsTheFirstMarkdownCell() throws {
    let fixture = try ReportFixture()
    defer { fixture.remove() }

    let cells = try cells(exported(fixture.report, to: fixture.path("demo.ipynb")))

    #expect(cells.count == 6)
    #expect(cells[0]["cell_type"] as? String == "markdown")
    #expect(cells[0]["id"] as? String == "mnb-banner")
    #expect(
      cells[0]["source"] as? [String]
        == ["> **This run did not finish:** stopped at cell 3 (line 12)"])
  }

  @Test func cellsKeepIdsSourcesCountsAndFacts() throws {
    let fixture = try ReportFixture()
    defer { fixture.remove() }

    let cells = try cells(exported(fixture.report, to: fixture.path("demo.ipynb"))).dropFirst()
    let facts = cells.map { ($0["metadata"] as? [String: Any])?["mnb"] as? [String: Any] }

    #expect(
      cells.map { $0["id"] as? String } == [
        "c0-intro", "c1-load", "c2-plot", "c3-train", "c4-eval",
      ])
    #expect(cells.map { $0["execution_count"] as? Int } == [nil, 1, 2, 3, nil])
    #expect(cells.last?["execution_count"] is NSNull)
    #expect(cells.first?["execution_count"] == nil)
    #expect(
      cells.first?["source"] as? [String]
        == ["# MNIST demo\n", "\n", "Trains **logistic regression**."])
    #expect(cells.dropFirst().first?["source"] as? [String] == ["load mnist\n", "show train"])
    #expect(facts.map { $0?["status"] as? String } == [nil, "ok", "ok", "failed", "not run"])
    #expect(facts[1]?["seconds"] as? Double == 0.422)
    #expect(facts[1]?["name"] as? String == "load")
    #expect(facts[3]?["line"] as? Int == 12)
  }

  @Test func consecutiveTextsOfOneStreamAreMerged() throws {
    let fixture = try ReportFixture()
    defer { fixture.remove() }

    let cells = try cells(exported(fixture.report, to: fixture.path("demo.ipynb")))
    let outputs = try #require(cells[2]["outputs"] as? [[String: Any]])

    #expect(outputs.map { $0["name"] as? String } == ["stdout", "stderr", "stdout"])
    #expect(
      outputs[0]["text"] as? [String] == ["loaded 60000 images\n", "loaded 10000 tests\n"])
    #expect(outputs[1]["text"] as? [String] == ["cache is cold\n"])
    #expect(outputs.allSatisfy { $0["output_type"] as? String == "stream" })
  }

  @Test func pictureIsDisplayDataWithPNGAndFallback() throws {
    let fixture = try ReportFixture()
    defer { fixture.remove() }

    let cells = try cells(exported(fixture.report, to: fixture.path("demo.ipynb")))
    let output = try #require((cells[3]["outputs"] as? [[String: Any]])?.first)
    let bundle = try #require(output["data"] as? [String: Any])
    let base64 = try #require(bundle["image/png"] as? String)

    #expect(output["output_type"] as? String == "display_data")
    #expect(!base64.contains("\n"))
    #expect(Data(base64Encoded: base64) == fixture.png)
    #expect(bundle["text/plain"] as? [String] == ["<plot: weights.png>"])
  }

  @Test func failureIsAnErrorOutput() throws {
    let fixture = try ReportFixture()
    defer { fixture.remove() }

    let cells = try cells(exported(fixture.report, to: fixture.path("demo.ipynb")))
    let outputs = try #require(cells[4]["outputs"] as? [[String: Any]])

    #expect(outputs.count == 2)
    #expect(outputs[1]["output_type"] as? String == "error")
    #expect(outputs[1]["ename"] as? String == "ShapeError")
    #expect(outputs[1]["evalue"] as? String == "expected 784 features, got 28")
    #expect(
      outputs[1]["traceback"] as? [String]
        == ["examples/demo.mnb:14:9: error: expected 784 features, got 28"])
  }

  @Test func twoWritesGiveTheSameBytes() throws {
    let fixture = try ReportFixture()
    defer { fixture.remove() }
    let path = fixture.path("demo.ipynb")

    try ReportWriter(path: path).write(fixture.report)
    let first = try Data(contentsOf: URL(fileURLWithPath: path))
    try ReportWriter(path: path).write(fixture.report)
    let second = try Data(contentsOf: URL(fileURLWithPath: path))

    #expect(first == second)
    #expect(first.last == UInt8(ascii: "\n"))
    #expect(String(decoding: first, as: UTF8.self).hasPrefix("{\n \"cells\": [\n  {\n"))
  }

  @Test(arguments: [
    (
      ["ok-id", "ok-id", "has space", "", String(repeating: "x", count: 70)],
      ["ok-id", "ok-id-2", "has-space", "cell-4", String(repeating: "x", count: 64)]
    ),
    (["mnb-banner"], ["mnb-banner-2"]),
  ])
  func invalidOrRepeatedIdsAreRepaired(ids: [String], expected: [String]) {
    let cells = ids.map { ReportCell(kind: .markdown, id: $0, name: nil, line: 1, text: "") }
    let report = NotebookReport(source: "x.mnb", cells: cells, banner: "interrupted")

    #expect(report.exportIDs() == expected)
  }

  @Test func missingPictureLeavesANoteInItsPlace() throws {
    let fixture = try ReportFixture()
    defer { fixture.remove() }
    let cell = ReportCell(
      kind: .code, id: "p", name: nil, line: 1, text: "plot", executionCount: 1,
      status: .succeeded, outputs: [.picture(path: "gone.png", description: "")])
    let report = NotebookReport(source: "x.mnb", cells: [cell])

    let cells = try cells(exported(report, to: fixture.path("x.ipynb")))
    let output = try #require((cells[0]["outputs"] as? [[String: Any]])?.first)

    #expect(
      (output["data"] as? [String: Any])?["text/plain"] as? [String]
        == ["cannot show picture 'gone.png': no such file"])
  }
}
