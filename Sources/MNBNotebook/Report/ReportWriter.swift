import Foundation
import MNBData

/// Writes a notebook's report to one file, in the format its extension names.
///
/// Every `write` replaces the whole file atomically, so the runner can call it after each cell:
/// a reader, a crash or a kill never meets half a report.
public struct ReportWriter: Sendable {
  /// The output path as the user gave it.
  public let path: String
  public let format: ReportFormat

  /// Checks the path before any cell runs: its extension names a format and its folder exists.
  ///
  /// - Throws: `.unsupportedExtension`, or `.cannotWrite` when the folder is missing, is a file,
  ///   or `path` is itself a folder.
  public init(path: String) throws(ReportError) {
    self.path = path
    self.format = try ReportFormat(path: path)
    try Self.checkFolder(of: path)
  }

  /// Writes `report`, replacing the previous file whole. For Markdown, pictures are copied into
  /// the folder beside the report first, so its links never point at missing files.
  ///
  /// A picture that cannot be read does not stop the write; the report says so in its place.
  public func write(_ report: NotebookReport) throws(ReportError) {
    let url = URL(fileURLWithPath: path)
    do {
      switch format {
      case .ipynb:
        try AtomicFile.write(IpynbExporter().data(for: report), to: url, displayPath: path)
      case .html:
        try AtomicFile.write(HTMLExporter().data(for: report), to: url, displayPath: path)
      case .markdown:
        let data = try MarkdownExporter(reportPath: path).data(for: report)
        try AtomicFile.write(data, to: url, displayPath: path)
      }
    } catch {
      throw .cannotWrite(error)
    }
  }

  private static func checkFolder(of path: String) throws(ReportError) {
    let folder = (path as NSString).deletingLastPathComponent
    let shownFolder = folder.isEmpty ? "." : folder
    var isFolder: ObjCBool = false

    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
      throw .cannotWrite(.isAFolder(target: path))
    }
    guard FileManager.default.fileExists(atPath: shownFolder, isDirectory: &isFolder) else {
      throw .cannotWrite(.noSuchFolder(target: path, folder: shownFolder))
    }
    if !isFolder.boolValue {
      throw .cannotWrite(.notAFolder(target: path, folder: shownFolder))
    }
  }
}
