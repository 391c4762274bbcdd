import Foundation

/// A picture a cell drew, read from disk so an export can embed or copy it.
struct PictureFile: Sendable {
  enum Kind: Sendable {
    case png
    case svg
  }

  /// The path as the report gave it.
  let path: String
  let kind: Kind
  let data: Data

  var mimeType: String { kind == .png ? "image/png" : "image/svg+xml" }

  /// The base name, as shown in fallbacks and used for copies.
  var fileName: String { (path as NSString).lastPathComponent }

  /// Reads the file at `path` (relative to the working folder) and decides its kind from its
  /// first bytes, or from a `.svg` extension for SVG without an XML prologue.
  static func load(_ path: String) -> Result<PictureFile, PictureProblem> {
    guard let data = FileManager.default.contents(atPath: path) else {
      let exists = FileManager.default.fileExists(atPath: path)
      return .failure(.unreadable(path: path, exists: exists))
    }

    guard let kind = kind(of: data, path: path) else {
      return .failure(.unsupported(path: path))
    }
    return .success(PictureFile(path: path, kind: kind, data: data))
  }

  private static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

  private static func kind(of data: Data, path: String) -> Kind? {
    if data.starts(with: pngSignature) { return .png }

    let head = String(decoding: data.prefix(256), as: UTF8.self)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    let isSVGName = (path as NSString).pathExtension.lowercased() == "svg"
    if head.hasPrefix("<svg") || (isSVGName && head.hasPrefix("<")) { return .svg }
    return nil
  }
}
