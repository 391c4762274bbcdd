import Foundation

/// A picture file to write, checked so gnuplot can only ever treat it as a file name.
struct OutputFile: Sendable, Equatable {
  enum Format: String, Sendable, CaseIterable {
    case png, svg
  }

  /// Absolute, so a `|` or `<` inside the name can never start a gnuplot command.
  let path: String
  /// The path as the user gave it, for messages.
  let shownPath: String
  let format: Format

  /// - Throws: `PlotError.unsafePath` for a leading `|` or `<`, `controlCharacter`,
  ///   `unsupportedExtension` or `missingFolder`.
  init(path requested: String, currentDirectory: String) throws {
    if let problem = WritePathRule.problem(with: requested) { throw problem }

    let ext = (requested as NSString).pathExtension
    guard let format = Format(rawValue: ext.lowercased()) else {
      throw PlotError.unsupportedExtension(path: requested, extension: ext)
    }

    let absolute = requested.hasPrefix("/") ? requested : currentDirectory + "/" + requested
    try GnuplotText.check(absolute, field: "path")
    var isFolder: ObjCBool = false
    let folder = (absolute as NSString).deletingLastPathComponent
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue
    else {
      throw PlotError.missingFolder(path: requested)
    }
    self.path = absolute
    self.shownPath = requested
    self.format = format
  }

  var folder: String { (path as NSString).deletingLastPathComponent }

  /// `weights.png` → `weights.gp`, beside the picture.
  var scriptPath: String {
    (path as NSString).deletingPathExtension + ".gp"
  }
}
