import Foundation

/// The kinds of file a report can be written as, chosen by the output path's extension.
public enum ReportFormat: String, Sendable, Equatable, CaseIterable {
  /// A Jupyter notebook, nbformat 4.5.
  case ipynb
  /// One self-contained web page.
  case html
  /// Markdown, with pictures copied into a folder beside it.
  case markdown

  /// The extensions accepted, with their dot, in the order messages list them.
  public static let extensions = [".ipynb", ".html", ".htm", ".md"]

  /// The format for `path`'s extension, in any letter case.
  ///
  /// - Throws: `ReportError.unsupportedExtension` for any other extension, or none.
  public init(path: String) throws(ReportError) {
    let pathExtension = (path as NSString).pathExtension
    switch pathExtension.lowercased() {
    case "ipynb": self = .ipynb
    case "html", "htm": self = .html
    case "md": self = .markdown
    default: throw .unsupportedExtension(path: path, extension: pathExtension)
    }
  }
}
