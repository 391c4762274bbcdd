import Testing

@testable import MNBNotebook

@Suite("report format")
struct ReportFormatTests {
  @Test(arguments: [
    ("out.ipynb", ReportFormat.ipynb), ("a/b/report.html", .html), ("r.htm", .html),
    ("R.MD", .markdown), ("notes.v2.md", .markdown),
  ])
  func choosesByExtension(path: String, format: ReportFormat) throws {
    #expect(try ReportFormat(path: path) == format)
  }

  @Test(arguments: [("out.txt", "txt"), ("out", ""), ("out.ipynb.bak", "bak")])
  func refusesOtherExtensions(path: String, pathExtension: String) {
    #expect(throws: ReportError.unsupportedExtension(path: path, extension: pathExtension)) {
      try ReportFormat(path: path)
    }
  }

  @Test func wordsTheRefusal() {
    let unknown = ReportError.unsupportedExtension(path: "out.txt", extension: "txt")
    let missing = ReportError.unsupportedExtension(path: "out", extension: "")

    #expect(
      unknown.description
        == "cannot write report 'out.txt': unknown extension '.txt'; "
        + "use '.ipynb', '.html', '.htm' or '.md'")
    #expect(
      missing.description
        == "cannot write report 'out': the name has no extension; "
        + "use '.ipynb', '.html', '.htm' or '.md'")
  }
}
