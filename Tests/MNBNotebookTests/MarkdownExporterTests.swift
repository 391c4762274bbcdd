import Foundation
import Testing

@testable import MNBNotebook

@Suite("Markdown export")
struct MarkdownExporterTests {
  private func markdown(_ report: NotebookReport, in fixture: ReportFixture) throws -> String {
    let path = fixture.path("report.md")
    try ReportWriter(path: path).write(report)
    return try String(contentsOfFile: path, encoding: .utf8)
  }

  @Test func keepsMarkdownAndFencesCodeAndOutputs() throws {
    let fixture = try ReportFixture()
    defer { fixture.remove() }

    let text = try markdown(fixture.report, in: fixture)

    #expect(text.hasPrefix("> **This run did not finish:** stopped at cell 3 (line 12)\n\n"))
    #expect(text.contains("\n\n# MNIST demo\n\nTrains **logistic regression**.\n\n"))
    #expect(
      text.contains(
        "*\\[1\\] · load · line 5 · ok · 0.422 s*\n\n```mnb\nload mnist\nshow train\n```"))
    #expect(text.contains("```text\nloaded 60000 images\nloaded 10000 tests\n```"))
    #expect(text.contains("*stderr:*\n\n```text\ncache is cold\n```"))
    #expect(text.hasSuffix("```mnb\nevaluate lr\n```\n"))
  }

  @Test func quotesErrors() throws {
    let fixture = try ReportFixture()
    defer { fixture.remove() }

    let text = try markdown(fixture.report, in: fixture)

    #expect(
      text.contains(
        "> **ShapeError**\n>\n> ```text\n"
          + "> examples/demo.mnb:14:9: error: expected 784 features, got 28\n> ```"))
  }

  @Test func copiesPicturesBesideTheReport() throws {
    let fixture = try ReportFixture()
    defer { fixture.remove() }

    let text = try markdown(fixture.report, in: fixture)
    let copy = try Data(contentsOf: URL(fileURLWithPath: fixture.path("report_files/weights.png")))

    #expect(text.contains("![weights.png](report_files/weights.png)"))
    #expect(copy == fixture.png)
    #expect(try fixture.contents() == ["report.md", "report_files", "weights.png"])
  }

  @Test func picturesWithTheSameNameGetTheirOwnCopies() throws {
    let fixture = try ReportFixture()
    defer { fixture.remove() }
    try FileManager.default.createDirectory(
      atPath: fixture.path("b"), withIntermediateDirectories: false)
    let other = TinyPNG.make(width: 1, height: 1, red: 0, green: 0, blue: 255)
    try other.write(to: URL(fileURLWithPath: fixture.path("b/weights.png")))
    let cell = ReportCell(
      kind: .code, id: "p", name: nil, line: 1, text: "plot", executionCount: 1,
      status: .succeeded,
      outputs: [
        .picture(path: fixture.pngPath, description: ""),
        .picture(path: fixture.path("b/weights.png"), description: ""),
      ])

    let text = try markdown(NotebookReport(source: "x.mnb", cells: [cell]), in: fixture)
    let copy = try Data(
      contentsOf: URL(fileURLWithPath: fixture.path("report_files/weights-2.png")))

    #expect(
      text.contains("](report_files/weights.png)\n\n![weights.png](report_files/weights-2.png)"))
    #expect(copy == other)
  }

  @Test func fenceOutgrowsBackticksInTheText() throws {
    let fixture = try ReportFixture()
    defer { fixture.remove() }
    let cell = ReportCell(
      kind: .code, id: "c", name: nil, line: 1, text: "say \"```` ```\"", executionCount: 1,
      status: .succeeded, outputs: [.text("```\n", isError: false)])

    let text = try markdown(NotebookReport(source: "x.mnb", cells: [cell]), in: fixture)

    #expect(text.contains("`````mnb\nsay \"```` ```\"\n`````"))
    #expect(text.contains("````text\n```\n````"))
  }
}
