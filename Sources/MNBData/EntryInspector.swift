import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Finds out what sits at a path with `lstat` and `stat`, without opening it, so that a named
/// pipe or a device is recognised before any read can block on it.
struct EntryInspector: Sendable {
  /// The outcome of one `lstat` or `stat` call.
  enum Status: Equatable {
    /// The call succeeded; the file type bits of `st_mode`.
    case type(mode_t)
    /// The call failed with this `errno`.
    case failed(errno: Int32)
  }

  /// Calls `stat` when `followsLinks` is true, `lstat` otherwise. Tests replace it to produce
  /// failures that cannot be set up on disk, such as permission denied for root.
  var status: @Sendable (_ path: String, _ followsLinks: Bool) -> Status

  /// The inspector that asks the operating system.
  static let system = EntryInspector { path, followsLinks in
    var info = stat()
    let result = followsLinks ? stat(path, &info) : lstat(path, &info)
    return result == 0 ? .type(info.st_mode & S_IFMT) : .failed(errno: errno)
  }

  /// What sits at `path`, following symbolic links.
  func kind(of path: String) -> EntryKind {
    switch status(path, false) {
    case .failed(let code) where code == ENOENT || code == ENOTDIR:
      return .missing
    case .failed(let code) where code == ELOOP:
      return .linkLoop
    case .failed(let code):
      return .inaccessible(reason: Self.errorText(code))
    case .type(let type) where type != S_IFLNK:
      return Self.kind(ofType: type)
    case .type:
      return kindOfLinkTarget(path)
    }
  }

  private func kindOfLinkTarget(_ path: String) -> EntryKind {
    switch status(path, true) {
    case .type(let type): Self.kind(ofType: type)
    case .failed(let code) where code == ENOENT || code == ENOTDIR: .danglingLink
    case .failed(let code) where code == ELOOP: .linkLoop
    case .failed(let code): .inaccessible(reason: Self.errorText(code))
    }
  }

  /// The kind of an entry whose `st_mode & S_IFMT` is `type`.
  static func kind(ofType type: mode_t) -> EntryKind {
    switch type {
    case S_IFREG: .regularFile
    case S_IFDIR: .directory
    case S_IFIFO: .namedPipe
    case S_IFSOCK: .socket
    case S_IFCHR, S_IFBLK: .device
    default: .inaccessible(reason: "unknown file type")
    }
  }

  /// The system's explanation of `code`, in lowercase as messages want it.
  static func errorText(_ code: Int32) -> String {
    String(cString: strerror(code)).lowercased()
  }
}
