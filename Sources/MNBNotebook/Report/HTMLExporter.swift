import Foundation

/// Turns a report into one self-contained web page: styles inline, pictures as `data:` URIs,
/// and a content security policy that forbids fetching anything.
///
/// All text from the notebook and its outputs is escaped; markdown cells go through
/// `MarkdownHTML`, which escapes raw HTML too.
struct HTMLExporter {
  func data(for report: NotebookReport) -> Data {
    Data(page(for: report).utf8)
  }

  func page(for report: NotebookReport) -> String {
    let title = report.title.htmlEscaped
    var body = [
      "<header class=\"notebook\">", "<h1 class=\"title\">\(title)</h1>",
      "<p class=\"source\">\(report.source.htmlEscaped)</p>", "</header>",
    ]
    if let banner = report.banner {
      body.append(
        "<div class=\"banner\" role=\"alert\"><strong>This run did not finish:</strong> "
          + banner.htmlEscaped + "</div>")
    }

    for (cell, id) in zip(report.cells, report.exportIDs()) {
      body.append(cell.kind == .code ? codeCell(cell, id: id) : markdownCell(cell, id: id))
    }
    return Self.document(title: title, body: body.joined(separator: "\n"))
  }

  private static func document(title: String, body: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="Content-Security-Policy" content="\(contentPolicy)">
    <meta name="generator" content="mnb">
    <title>\(title)</title>
    <style>
    \(HTMLStyle.sheet)
    </style>
    </head>
    <body>
    <main>
    \(body)
    </main>
    </body>
    </html>

    """
  }

  /// Nothing may load from elsewhere: only inline styles and `data:` pictures, and no scripts.
  private static let contentPolicy =
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'"

  private func markdownCell(_ cell: ReportCell, id: String) -> String {
    "<section class=\"cell markdown\" id=\"cell-\(id.htmlEscaped)\">\n"
      + MarkdownHTML.html(for: cell.text) + "\n</section>"
  }

  private func codeCell(_ cell: ReportCell, id: String) -> String {
    let source = IpynbExporter.trimmingFinalBreaks(cell.text).htmlEscaped
    var parts = [
      "<section class=\"cell code status-\(cell.status.slug)\" id=\"cell-\(id.htmlEscaped)\">",
      header(for: cell), "<pre class=\"source\"><code>\(source)</code></pre>",
    ]

    let outputs = cell.mergedOutputs.map(output)
    if !outputs.isEmpty {
      parts += ["<div class=\"outputs\">"] + outputs + ["</div>"]
    }
    return (parts + ["</section>"]).joined(separator: "\n")
  }

  /// `[3] train · line 12 · ok · 0.412 s`, with the status marked when it needs attention.
  private func header(for cell: ReportCell) -> String {
    let count = cell.executionCount.map { "[\($0)]" } ?? "[ ]"
    var facts = ["<span class=\"count\">\(count)</span>"]
    if let name = cell.name { facts.append("<span class=\"name\">\(name.htmlEscaped)</span>") }
    facts.append("<span>line \(cell.line)</span>")

    let attention = cell.status.isProblem ? " problem" : ""
    facts.append("<span class=\"status\(attention)\">\(cell.status.rawValue.htmlEscaped)</span>")
    if let seconds = cell.seconds { facts.append("<span>\(ReportCell.formatted(seconds))</span>") }
    return "<div class=\"cell-header\">" + facts.joined(separator: " ") + "</div>"
  }

  private func output(_ output: ReportOutput) -> String {
    switch output {
    case .text(let text, let isError):
      let stream = isError ? "stderr" : "stdout"
      return "<pre class=\"stream \(stream)\">\(text.htmlEscaped)</pre>"
    case .picture(let path, let description):
      return picture(path: path, description: description)
    case .error(let name, let message, let diagnostic):
      return "<div class=\"error\" role=\"alert\"><div class=\"error-name\">\(name.htmlEscaped): "
        + "\(message.htmlEscaped)</div><pre>\(diagnostic.htmlEscaped)</pre></div>"
    }
  }

  /// SVG goes in as a `data:` URI in an `img`, where it cannot run scripts.
  private func picture(path: String, description: String) -> String {
    switch PictureFile.load(path) {
    case .success(let picture):
      let source = "data:\(picture.mimeType);base64,\(picture.data.base64EncodedString())"
      let caption = description.isEmpty ? picture.fileName : description
      return "<figure class=\"picture\"><img src=\"\(source)\" alt=\"\(caption.htmlEscaped)\">"
        + "<figcaption>\(caption.htmlEscaped)</figcaption></figure>"
    case .failure(let problem):
      return "<p class=\"missing-picture\">\(problem.description.htmlEscaped)</p>"
    }
  }
}
