import Foundation
import MNBData

/// Where gnuplot draws a picture before it replaces the file asked for.
///
/// The temporary file is made beside the final target (the file at the end of a link) before
/// gnuplot runs, so a folder that takes no file is reported as every other write reports it,
/// and a picture gnuplot could not finish is blamed on the disk when the disk is at fault.
struct PictureDestination {
  /// The path as the user gave it, for messages.
  let shownPath: String
  /// The file the rename replaces.
  let target: String
  /// The hidden file gnuplot writes into.
  let temporary: String

  /// - Throws: `PlotError.fileFault` when no file can be made beside the target.
  init(for file: OutputFile) throws {
    shownPath = file.shownPath
    do {
      let url = try AtomicFile.finalTarget(
        of: URL(fileURLWithPath: file.path), displayPath: file.shownPath)
      try AtomicFile.refuseSpecialFile(at: url, target: file.shownPath)
      target = url.path
      temporary = try Self.createTemporary(beside: url.path, shownAs: file.shownPath)
    } catch {
      throw PlotError.fileFault(error)
    }
  }

  /// The fault of the disk that explains a missing or cut-short picture, if there is one: a
  /// full disk, or a file-size limit the picture reached.
  func diskFault() -> PlotError? {
    if let limit = Self.fileSizeLimit, UInt64(max(0, pictureSize)) >= limit {
      return .fileFault(.systemError(target: shownPath, code: EFBIG))
    }

    var disk = statvfs()
    let folder = (target as NSString).deletingLastPathComponent
    guard statvfs(folder, &disk) == 0, disk.f_bavail == 0 else { return nil }
    return .fileFault(.diskFull(target: shownPath))
  }

  /// - Throws: the disk's fault, or `PlotError.emptyOutput` when gnuplot left no picture.
  func requirePicture() throws {
    if let fault = diskFault() { throw fault }
    guard pictureSize > 0 else { throw PlotError.emptyOutput(path: shownPath) }
  }

  /// Renames the picture onto the target.
  func commit() throws {
    guard rename(temporary, target) == 0 else {
      throw PlotError.fileFault(AtomicFile.failure(errno, target: shownPath))
    }
  }

  func discard() {
    unlink(temporary)
  }

  private var pictureSize: Int {
    var status = stat()
    guard stat(temporary, &status) == 0 else { return 0 }
    return Int(status.st_size)
  }

  /// The most bytes this process may write into one file, or nil without a limit.
  private static var fileSizeLimit: UInt64? {
    var limit = rlimit()
    guard getrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &limit) == 0 else { return nil }
    return limit.rlim_cur == rlim_t.max ? nil : UInt64(limit.rlim_cur)
  }

  private static func createTemporary(beside target: String, shownAs shown: String)
    throws(AtomicFileError) -> String
  {
    let folder = (target as NSString).deletingLastPathComponent
    let name = String((target as NSString).lastPathComponent.prefix(40))
    for _ in 0..<8 {
      let tag = String(UInt64.random(in: 0...UInt64.max), radix: 36)
      let path = folder + "/." + name + ".mnb-" + tag + ".tmp"
      let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
      if descriptor >= 0 {
        close(descriptor)
        return path
      }
      if errno != EEXIST { throw AtomicFile.failure(errno, target: shown) }
    }
    throw AtomicFile.failure(EEXIST, target: shown)
  }
}
