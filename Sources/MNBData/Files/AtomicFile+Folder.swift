import Foundation

extension AtomicFile {
  /// Creates the folder at `url` unless a folder is already there; its parent must exist.
  ///
  /// - Throws: `AtomicFileError`; `.notAFolder` when a file stands at `url`.
  public static func createFolder(at url: URL, displayPath: String? = nil)
    throws(AtomicFileError)
  {
    let target = displayPath ?? url.path
    if mkdir(url.path, 0o777) == 0 { return }
    let code = errno

    var info = stat()
    let isFolder = stat(url.path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    if code == EEXIST && isFolder { return }
    if code == EEXIST { throw .notAFolder(target: target, folder: target) }
    throw failure(code, target: target)
  }
}
