import Foundation

/// Reads a picture file, deciding its format from its first bytes, not its name.
public enum PictureFile {
  /// Files larger than this are refused before they are read.
  static let maximumFileBytes = 256 * 1024 * 1024

  /// - Parameter displayPath: the name errors give the file, as the user wrote it.
  public static func read(_ url: URL, displayPath: String) throws(ImageError) -> GrayImage {
    let bytes = try contents(of: url, displayPath: displayPath)
    return try decode(bytes, file: displayPath)
  }

  /// Decodes PNG, PGM or PPM bytes; `file` names the source in errors.
  public static func decode(_ bytes: [UInt8], file: String) throws(ImageError) -> GrayImage {
    if bytes.starts(with: PNGChunk.signature) { return try PNGDecoder.decode(bytes, file: file) }
    if PNMDecoder.canDecode(bytes) { return try PNMDecoder.decode(bytes, file: file) }
    throw .unknownFormat(file: file)
  }

  /// The file's bytes, after checking it is a regular file of a sensible size, so a device
  /// or a pipe is never read without end.
  private static func contents(of url: URL, displayPath: String) throws(ImageError) -> [UInt8] {
    let attributes: [FileAttributeKey: Any]
    do {
      attributes = try FileManager.default.attributesOfItem(
        atPath: url.resolvingSymlinksInPath().path)
    } catch {
      let exists = FileManager.default.fileExists(atPath: url.path)
      throw .unreadable(file: displayPath, reason: exists ? "permission denied" : "no such file")
    }
    guard attributes[.type] as? FileAttributeType == .typeRegular else {
      throw .notAFile(file: displayPath)
    }
    let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
    guard size <= maximumFileBytes else {
      throw .fileTooLarge(file: displayPath, bytes: size, limit: maximumFileBytes)
    }
    do {
      return Array(try Data(contentsOf: url))
    } catch {
      throw .unreadable(file: displayPath, reason: error.localizedDescription)
    }
  }
}
