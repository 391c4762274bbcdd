import Foundation
import MNBData

/// Reads a picture file, deciding its format from its first bytes, not its name.
public enum PictureFile {
  /// Files larger than this are refused before they are read.
  static let maximumFileBytes = 256 * 1024 * 1024

  /// - Parameter displayPath: the name errors give the file, as the user wrote it.
  /// - Parameter memoryLimit: the file, and each buffer its header asks for, must fit in it.
  public static func read(
    _ url: URL, displayPath: String, memoryLimit: MemoryBudget = .current
  ) throws(ImageError) -> GrayImage {
    let bytes = try contents(of: url, displayPath: displayPath, memoryLimit: memoryLimit)
    return try decode(bytes, file: displayPath, memoryLimit: memoryLimit)
  }

  /// Decodes PNG, PGM or PPM bytes; `file` names the source in errors.
  public static func decode(
    _ bytes: [UInt8], file: String, memoryLimit: MemoryBudget = .current
  ) throws(ImageError) -> GrayImage {
    if bytes.starts(with: PNGChunk.signature) {
      return try PNGDecoder.decode(bytes, file: file, memoryLimit: memoryLimit)
    }
    if PNMDecoder.canDecode(bytes) {
      return try PNMDecoder.decode(bytes, file: file, memoryLimit: memoryLimit)
    }
    throw .unknownFormat(file: file)
  }

  /// The file's bytes, after checking it is a regular file of a sensible size, so a device
  /// or a pipe is never read without end.
  private static func contents(
    of url: URL, displayPath: String, memoryLimit: MemoryBudget
  ) throws(ImageError) -> [UInt8] {
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
    try ImageSizeLimit.checkMemory(
      size, claim: "reading the whole file", file: displayPath, memoryLimit: memoryLimit)
    do {
      return Array(try Data(contentsOf: url))
    } catch {
      throw .unreadable(file: displayPath, reason: error.localizedDescription)
    }
  }
}
