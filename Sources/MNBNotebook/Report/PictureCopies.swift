import Foundation
import MNBData

/// The pictures of one Markdown export, copied into one folder under unique, safe names.
struct PictureCopies {
  /// The folder's path in the same form as the report's path, e.g. `out/report_files`.
  let folderPath: String
  private var names: [String: String] = [:]
  private var taken: Set<String> = []
  private var hasFolder = false

  init(folderPath: String) {
    self.folderPath = folderPath
  }

  /// Copies `picture` unless this export already did, and returns its link relative to the
  /// report. A copy whose bytes are already in place is not rewritten.
  mutating func copy(_ picture: PictureFile) throws(AtomicFileError) -> String {
    let name = names[picture.path] ?? uniqueName(for: picture.fileName)
    names[picture.path] = name
    taken.insert(name)

    let folderName = (folderPath as NSString).lastPathComponent
    let link = Self.percentEncoded(folderName) + "/" + Self.percentEncoded(name)
    let copyPath = (folderPath as NSString).appendingPathComponent(name)
    if FileManager.default.contents(atPath: copyPath) == picture.data { return link }

    if !hasFolder {
      try AtomicFile.createFolder(at: URL(fileURLWithPath: folderPath), displayPath: folderPath)
      hasFolder = true
    }
    try AtomicFile.write(picture.data, to: URL(fileURLWithPath: copyPath), displayPath: copyPath)
    return link
  }

  /// The file name with anything but letters, digits, `.`, `_` and `-` replaced, and a
  /// number added before the extension when two pictures share a name.
  private func uniqueName(for fileName: String) -> String {
    let safe = String(
      fileName.map { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) ? $0 : "-" })
    let base = safe.hasPrefix(".") || safe.isEmpty ? "picture" + safe : safe
    let stem = (base as NSString).deletingPathExtension
    let pathExtension = (base as NSString).pathExtension
    var candidate = base

    var counter = 2
    while taken.contains(candidate) {
      candidate = "\(stem)-\(counter)" + (pathExtension.isEmpty ? "" : ".\(pathExtension)")
      counter += 1
    }
    return candidate
  }

  private static func percentEncoded(_ component: String) -> String {
    let allowed = CharacterSet(
      charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
    return component.addingPercentEncoding(withAllowedCharacters: allowed) ?? component
  }
}
