import Foundation

extension AtomicFile {
  /// The most links followed from one path; the system's own limit on Linux is 40.
  static let linkLimit = 40

  /// The file a write to `url` should replace: `url` itself, or, when it is a symbolic link, the
  /// file at the end of its chain of links, which may not exist yet.
  ///
  /// Writers put their temporary file beside the result and rename onto it, so a link is kept
  /// and the file it points to gets the new bytes, as an editor or `cp` would do.
  ///
  /// - Throws: `AtomicFileError.systemError` with `ELOOP` when the chain is longer than
  ///   `linkLimit`, or the error of a link that cannot be read.
  public static func finalTarget(of url: URL, displayPath: String? = nil)
    throws(AtomicFileError) -> URL
  {
    let target = displayPath ?? url.path
    var current = url.standardizedFileURL

    for _ in 0...linkLimit {
      guard let destination = try linkDestination(of: current.path, target: target) else {
        return current
      }
      current = resolved(destination, from: current)
    }
    throw .systemError(target: target, code: ELOOP)
  }

  /// What the link at `path` points to, as written in it; nil when `path` is not a link.
  private static func linkDestination(of path: String, target: String)
    throws(AtomicFileError) -> String?
  {
    var status = stat()
    guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return nil }

    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let length = readlink(path, &buffer, buffer.count - 1)
    guard length > 0 else { throw failure(length == 0 ? ENOENT : errno, target: target) }
    return String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// A relative link is read from the folder that holds it.
  private static func resolved(_ destination: String, from link: URL) -> URL {
    if destination.hasPrefix("/") { return URL(fileURLWithPath: destination).standardizedFileURL }
    return link.deletingLastPathComponent()
      .appendingPathComponent(destination).standardizedFileURL
  }
}
