import Foundation
import MNBData
import MNBEngine

/// The binary model file of mnb (`.mnbm`), laid out in docs/model-format.md.
///
/// All integers are little-endian; the file ends with a CRC-32 over every byte before it.
public enum ModelFile {
  /// The first eight bytes of every model file.
  public static let magic = Array("MNBMODEL".utf8)
  /// The format version this mnb writes, and the newest it reads. Version 1 files, which do
  /// not record the training options, still read.
  public static let currentVersion: UInt32 = 2
  /// Magic, version and total file size: what must be read before anything can be trusted.
  static let headerSize = 8 + 4 + 8
  static let checksumSize = 4

  /// Writes `stored` to `url` atomically.
  /// - Parameter displayPath: how messages name the file; `url.path` when nil.
  /// - Throws: `AtomicFileError`, naming the file.
  public static func write(_ stored: StoredModel, to url: URL, displayPath: String? = nil)
    throws(AtomicFileError)
  {
    try AtomicFile.write(encoded(stored), to: url, displayPath: displayPath)
  }

  /// Reads the model file at `url`, checking it whole before returning anything.
  /// - Parameter displayPath: how messages name the file; `url.path` when nil.
  /// - Throws: `ModelFileError`, naming the file.
  public static func read(from url: URL, displayPath: String? = nil) throws(ModelFileError)
    -> StoredModel
  {
    let file = displayPath ?? url.path
    return try decoded(contentsOf(url, file: file), file: file)
  }

  private static func contentsOf(_ url: URL, file: String) throws(ModelFileError) -> [UInt8] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
      throw .noSuchFile(file: file)
    }
    if isFolder.boolValue { throw .isAFolder(file: file) }
    var status = stat()
    if stat(url.path, &status) == 0 && status.st_mode & S_IFMT != S_IFREG {
      throw .unreadable(file: file, reason: "it is a device, a pipe or a socket, not a file")
    }
    try checkMemory(forSize: Int(status.st_size), file: file)

    do {
      return Array(try Data(contentsOf: url, options: .uncached))
    } catch let error as CocoaError where error.code == .fileReadNoPermission {
      throw .unreadable(file: file, reason: "permission denied")
    } catch {
      throw .unreadable(file: file, reason: "the system could not read it")
    }
  }

  /// The whole file is read before it is checked, so its size is checked first.
  private static func checkMemory(forSize size: Int, file: String) throws(ModelFileError) {
    do {
      try MemoryBudget.current.check(
        size, claim: "the whole model file is read into memory", file: file)
    } catch {
      throw .overMemoryLimit(error)
    }
  }
}
