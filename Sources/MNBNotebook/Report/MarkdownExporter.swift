import Foundation
import MNBData

/// Turns a report into Markdown: markdown cells as written, code cells and their outputs in
/// fenced blocks, errors quoted, and pictures copied into a folder beside the report
/// (`report_files/` for `report.md`) and linked relatively.
struct MarkdownExporter {
  /// The report's path as the user gave it.
  let reportPath: String

  /// The Markdown text; copies the pictures on the way, so call it before writing the text.
  ///
  /// - Throws: `AtomicFileError` when the picture folder or a copy cannot be written.
  func data(for report: NotebookReport) throws(AtomicFileError) -> Data {
    var pictures = PictureCopies(folderPath: picturesFolderPath)
    var parts: [String] = []
    if let banner = report.banner {
      parts.append("> **This run did not finish:** " + banner.markdownEscaped)
    }

    for cell in report.cells {
      switch cell.kind {
      case .markdown: parts.append(IpynbExporter.trimmingFinalBreaks(cell.text))
      case .code: parts.append(try codeCell(cell, pictures: &pictures))
      }
    }
    return Data((parts.joined(separator: "\n\n") + "\n").utf8)
  }

  /// `report_files` beside `report.md`, in the same form as the report's path.
  private var picturesFolderPath: String {
    let name = (reportPath as NSString).lastPathComponent
    let folder = (name as NSString).deletingPathExtension + "_files"
    return ((reportPath as NSString).deletingLastPathComponent as NSString)
      .appendingPathComponent(folder)
  }

  private func codeCell(_ cell: ReportCell, pictures: inout PictureCopies)
    throws(AtomicFileError) -> String
  {
    let count = cell.executionCount.map { "[\($0)]" } ?? "[ ]"
    let header = ([count] + cell.headerFacts).joined(separator: " · ").markdownEscaped
    var parts = ["*" + header + "*"]
    parts.append(IpynbExporter.trimmingFinalBreaks(cell.text).fenced(info: "mnb"))

    for output in cell.mergedOutputs {
      parts.append(try self.output(output, pictures: &pictures))
    }
    return parts.joined(separator: "\n\n")
  }

  private func output(_ output: ReportOutput, pictures: inout PictureCopies)
    throws(AtomicFileError) -> String
  {
    switch output {
    case .text(let text, let isError):
      return (isError ? "*stderr:*\n\n" : "") + text.fenced(info: "text")
    case .picture(let path, let description):
      return try picture(path: path, description: description, pictures: &pictures)
    case .error(let name, _, let diagnostic):
      let quoted = ("**" + name.markdownEscaped + "**\n\n" + diagnostic.fenced(info: "text"))
        .split(separator: "\n", omittingEmptySubsequences: false)
      return quoted.map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n")
    }
  }

  private func picture(path: String, description: String, pictures: inout PictureCopies)
    throws(AtomicFileError) -> String
  {
    switch PictureFile.load(path) {
    case .success(let picture):
      let link = try pictures.copy(picture)
      let text = description.isEmpty ? picture.fileName : description
      return "![" + text.markdownEscaped + "](" + link + ")"
    case .failure(let problem):
      return "> " + problem.description.markdownEscaped
    }
  }
}
