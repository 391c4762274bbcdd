import Foundation

/// Replaces files whole, so a reader never sees half of one.
public enum AtomicFile {
  /// Writes `data` to `url` so that, whatever happens meanwhile (a crash, a signal, a full disk),
  /// the file holds either its previous complete content or the new complete content.
  ///
  /// The bytes go to a hidden temporary file in the same folder, are flushed to the disk, and the
  /// temporary file is renamed over `url`. On failure the temporary file is removed; only a kill
  /// between its creation and the rename can leave one behind, named `.NAME.PID-RANDOM.tmp`.
  /// A replaced file keeps its permission bits. A symbolic link at `url` is followed to the file
  /// it points to, which is replaced (or created, for a dangling link); the link stays.
  ///
  /// - Parameter displayPath: how messages name the file; `url.path` when nil.
  /// - Throws: `AtomicFileError`, naming the file and the cause.
  public static func write(_ data: Data, to destination: URL, displayPath: String? = nil)
    throws(AtomicFileError)
  {
    let target = displayPath ?? destination.path
    let url = try finalTarget(of: destination, displayPath: target)
    try refuseSpecialFile(at: url, target: target)
    let (descriptor, temporary) = try createTemporary(beside: url, target: target)

    do {
      try copyPermissions(of: url, to: descriptor, target: target)
      try writeAll(data, to: descriptor, target: target)
      try check(fsync(descriptor), target: target)
    } catch {
      close(descriptor)
      unlink(temporary)
      throw error
    }

    try finish(descriptor, renaming: temporary, to: url, target: target)
    syncFolder(of: url)
  }

  /// A rename over a device or a pipe would replace the node itself, not write into it.
  public static func refuseSpecialFile(at url: URL, target: String) throws(AtomicFileError) {
    var status = stat()
    guard lstat(url.path, &status) == 0 else { return }
    switch status.st_mode & S_IFMT {
    case S_IFREG: return
    case S_IFDIR: throw .isAFolder(target: target)
    default: throw .notARegularFile(target: target)
    }
  }

  /// Makes the error for `code`, the `errno` of a failed call about `target`.
  public static func failure(_ code: Int32, target: String) -> AtomicFileError {
    let folder = (target as NSString).deletingLastPathComponent
    let shownFolder = folder.isEmpty ? "." : folder
    switch code {
    case ENOENT: return .noSuchFolder(target: target, folder: shownFolder)
    case ENOTDIR: return .notAFolder(target: target, folder: shownFolder)
    case EACCES, EPERM: return .permissionDenied(target: target)
    case ENOSPC, EDQUOT: return .diskFull(target: target)
    case EROFS: return .readOnlyFileSystem(target: target)
    case EISDIR: return .isAFolder(target: target)
    default: return .systemError(target: target, code: code)
    }
  }

  private static func createTemporary(beside url: URL, target: String)
    throws(AtomicFileError) -> (Int32, String)
  {
    let folder = url.deletingLastPathComponent().path
    // A short prefix of the name keeps the temporary name under the 255-byte limit.
    let stem = String(url.lastPathComponent.prefix(40))

    for _ in 0..<8 {
      let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 16)
      let path = folder + "/." + stem + ".\(getpid())-\(suffix).tmp"
      let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
      if descriptor >= 0 { return (descriptor, path) }
      if errno != EEXIST { throw failure(errno, target: target) }
    }
    throw failure(EEXIST, target: target)
  }

  /// Gives the new file the mode of the one it replaces, so a rewrite does not widen access.
  private static func copyPermissions(of url: URL, to descriptor: Int32, target: String)
    throws(AtomicFileError)
  {
    var existing = stat()
    guard lstat(url.path, &existing) == 0, existing.st_mode & S_IFMT == S_IFREG else { return }
    try check(fchmod(descriptor, existing.st_mode & 0o7777), target: target)
  }

  private static func writeAll(_ data: Data, to descriptor: Int32, target: String)
    throws(AtomicFileError)
  {
    let code = DescriptorWriter.writeAll(data, to: descriptor)
    if code != 0 { throw failure(code, target: target) }
  }

  private static func finish(
    _ descriptor: Int32, renaming temporary: String, to url: URL, target: String
  ) throws(AtomicFileError) {
    let closed = close(descriptor)
    let code = errno
    guard closed == 0 else {
      unlink(temporary)
      throw failure(code, target: target)
    }

    guard rename(temporary, url.path) == 0 else {
      let code = errno
      unlink(temporary)
      throw failure(code, target: target)
    }
  }

  /// Flushes the folder entry too, so the rename survives a power cut; failure changes nothing
  /// the caller could act on.
  private static func syncFolder(of url: URL) {
    let folder = open(url.deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard folder >= 0 else { return }
    fsync(folder)
    close(folder)
  }

  private static func check(_ result: Int32, target: String) throws(AtomicFileError) {
    if result != 0 { throw failure(errno, target: target) }
  }
}
