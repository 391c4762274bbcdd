import Foundation

/// Turns a report into a Jupyter notebook, nbformat 4.5, written as Jupyter itself writes one.
struct IpynbExporter {
  /// The notebook as UTF-8 JSON: sorted keys, one-space indent, a final line break.
  func data(for report: NotebookReport) -> Data {
    Data((notebook(for: report).rendered() + "\n").utf8)
  }

  func notebook(for report: NotebookReport) -> JSONValue {
    var cells: [JSONValue] = []
    if let banner = report.banner { cells.append(bannerCell(banner)) }

    for (cell, id) in zip(report.cells, report.exportIDs()) {
      cells.append(cell.kind == .code ? codeCell(cell, id: id) : markdownCell(cell, id: id))
    }
    return [
      "cells": .array(cells), "metadata": metadata(for: report), "nbformat": 4,
      "nbformat_minor": 5,
    ]
  }

  private func metadata(for report: NotebookReport) -> JSONValue {
    var mnb: [String: JSONValue] = ["source": .string(report.source)]
    if let banner = report.banner { mnb["banner"] = .string(banner) }

    return [
      "kernelspec": ["display_name": "mnb", "language": "mnb", "name": "mnb"],
      "language_info": ["name": "mnb"],
      "mnb": .object(mnb),
    ]
  }

  /// A first cell so that Jupyter shows, above everything, that the run stopped early.
  private func bannerCell(_ banner: String) -> JSONValue {
    [
      "cell_type": "markdown", "id": .string(NotebookReport.bannerCellID),
      "metadata": ["mnb": ["banner": true]],
      "source": Self.lines("> **This run did not finish:** \(banner)"),
    ]
  }

  private func markdownCell(_ cell: ReportCell, id: String) -> JSONValue {
    [
      "cell_type": "markdown", "id": .string(id), "metadata": cellMetadata(cell),
      "source": Self.lines(Self.trimmingFinalBreaks(cell.text)),
    ]
  }

  private func codeCell(_ cell: ReportCell, id: String) -> JSONValue {
    [
      "cell_type": "code", "id": .string(id), "metadata": cellMetadata(cell),
      "execution_count": cell.executionCount.map { .int($0) } ?? .null,
      "outputs": .array(cell.mergedOutputs.map(output)),
      "source": Self.lines(Self.trimmingFinalBreaks(cell.text)),
    ]
  }

  /// mnb's facts under the `mnb` key, where the schema allows any content.
  private func cellMetadata(_ cell: ReportCell) -> JSONValue {
    var facts: [String: JSONValue] = ["line": .int(cell.line)]
    if cell.kind == .code { facts["status"] = .string(cell.status.rawValue) }
    if let name = cell.name { facts["name"] = .string(name) }
    // Milliseconds are all a reader needs, and fewer digits keep diffs between runs small.
    if let seconds = cell.seconds { facts["seconds"] = .double((seconds * 1000).rounded() / 1000) }
    return ["mnb": .object(facts)]
  }

  private func output(_ output: ReportOutput) -> JSONValue {
    switch output {
    case .text(let text, let isError):
      return [
        "output_type": "stream", "name": isError ? "stderr" : "stdout", "text": Self.lines(text),
      ]
    case .picture(let path, let description):
      return picture(path: path, description: description)
    case .error(let name, let message, let diagnostic):
      let traceback = diagnostic.split(separator: "\n", omittingEmptySubsequences: false)
      return [
        "output_type": "error", "ename": .string(name), "evalue": .string(message),
        "traceback": .array(traceback.map { .string(String($0)) }),
      ]
    }
  }

  private func picture(path: String, description: String) -> JSONValue {
    switch PictureFile.load(path) {
    case .success(let picture):
      var bundle: [String: JSONValue] = ["text/plain": Self.lines(fallback(picture, description))]
      switch picture.kind {
      case .png: bundle["image/png"] = .string(picture.data.base64EncodedString())
      case .svg: bundle["image/svg+xml"] = Self.lines(String(decoding: picture.data, as: UTF8.self))
      }
      return ["output_type": "display_data", "data": .object(bundle), "metadata": [:]]
    case .failure(let problem):
      let bundle: JSONValue = ["text/plain": Self.lines(problem.description)]
      return ["output_type": "display_data", "data": bundle, "metadata": [:]]
    }
  }

  /// What a reader without pictures sees, e.g. `<plot: weights.png>`.
  private func fallback(_ picture: PictureFile, _ description: String) -> String {
    let name = "<plot: \(picture.fileName)>"
    return description.isEmpty || description == picture.fileName ? name : "\(name) \(description)"
  }

  /// The cell text without its final line breaks, as Jupyter keeps sources.
  static func trimmingFinalBreaks(_ text: String) -> String {
    var text = text
    while text.last?.isNewline == true { text.removeLast() }
    return text
  }

  /// Splits `text` after each line break, as nbformat stores multiline strings; the last line
  /// has no break unless the text ended with one.
  static func lines(_ text: String) -> JSONValue {
    var lines: [JSONValue] = []
    var current = ""
    for scalar in text.unicodeScalars {
      current.unicodeScalars.append(scalar)
      if scalar == "\n" {
        lines.append(.string(current))
        current = ""
      }
    }
    if !current.isEmpty { lines.append(.string(current)) }
    return .array(lines)
  }
}
