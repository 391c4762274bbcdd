import Foundation
import Testing

@testable import MNBNotebook

@Suite("HTML export")
struct HTMLExporterTests {
  private func page(_ report: NotebookReport, in fixture: ReportFixture) throws -> String {
    let path = fixture.path("demo.html")
    try ReportWriter(path: path).write(report)
    return try String(contentsOfFile: path, encoding: .utf8)
  }

  @Test func isOnePageThatFetchesNothing() throws {
    let fixture = try ReportFixture()
    defer { fixture.remove() }

    let html = try page(fixture.report, in: fixture)

    #expect(try fixture.contents() == ["demo.html", "weights.png"])
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(!html.contains("src=\"http"))
    #expect(!html.contains("<link"))
    #expect(!html.contains("<script"))
    #expect(html.contains("default-src 'none'; img-src data:"))
  }

  @Test func embedsThePictureAsADataURI() throws {
    let fixture = try ReportFixture()
    defer { fixture.remove() }

    let html = try page(fixture.report, in: fixture)

    #expect(html.contains("src=\"data:image/png;base64,\(fixture.png.base64EncodedString())\""))
  }

  @Test func showsTitleBannerHeadersAndOutputs() throws {
    let fixture = try ReportFixture()
    defer { fixture.remove() }

    let html = try page(fixture.report, in: fixture)

    #expect(html.contains("<title>demo</title>"))
    #expect(html.contains("<strong>This run did not finish:</strong> stopped at cell 3 (line 12)"))
    #expect(html.contains("<h1>MNIST demo</h1>"))
    #expect(html.contains("<span class=\"count\">[1]</span> <span class=\"name\">load</span>"))
    #expect(html.contains("<span class=\"status problem\">failed</span> <span>12.2 s</span>"))
    #expect(html.contains("<pre class=\"stream stderr\">cache is cold\n</pre>"))
    #expect(html.contains("<div class=\"error\" role=\"alert\">"))
    #expect(html.contains("<section class=\"cell code status-not-run\" id=\"cell-c4-eval\">"))
  }

  @Test func escapesEveryTextFromTheNotebook() throws {
    let fixture = try ReportFixture()
    defer { fixture.remove() }
    let hostile = "<script>alert(1)</script>\"'&"
    let cells = [
      ReportCell(kind: .markdown, id: "m", name: hostile, line: 1, text: hostile),
      ReportCell(
        kind: .code, id: "c", name: hostile, line: 2, text: hostile, executionCount: 1,
        status: .failed,
        outputs: [
          .text(hostile, isError: false), .text(hostile, isError: true),
          .error(name: hostile, message: hostile, diagnostic: hostile),
          .picture(path: fixture.pngPath, description: hostile),
        ]),
    ]
    let report = NotebookReport(source: hostile + ".mnb", cells: cells, banner: hostile)

    let html = try page(report, in: fixture)

    #expect(!html.contains("<script"))
    #expect(!html.contains("\"'&<"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;"))
  }

  @Test(arguments: [
    "javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "vbscript:x",
    "java\u{1}script:x",
  ])
  func refusesScriptLinks(target: String) {
    let html = MarkdownHTML.html(for: "[click](\(target))")

    #expect(html == "<p>click</p>")
  }
}
