import Foundation
import MNBData

/// The history file shared by every session of one user.
///
/// Each entry is merged in under an exclusive lock on a separate lock file: the file is read
/// again, the entry appended, the oldest entries beyond `limit` dropped, and the result written
/// to a temporary file renamed over the old one. A reader therefore sees the old file or the
/// new one, never half of one, and two sessions typing at once keep both their lines.
public struct HistoryFile: Sendable {
  public let path: String
  public let limit: Int

  public init(path: String, limit: Int = 1000) {
    self.path = path
    self.limit = limit
  }

  private var lockPath: String { path + ".lock" }

  /// The saved entries, oldest first. A file that cannot be read or is not a history is moved
  /// aside to `history.bad-TIMESTAMP` and reported, and the history starts empty.
  /// - Throws: `HistoryError.notHistory`, `.unreadable` (both with the history empty and the
  ///   file moved) or `.cannotSetAside` (the file is left, and nothing should be saved).
  public func load(at date: Date = Date()) throws(HistoryError) -> [String] {
    let lock = FileLock(path: lockPath)
    defer { lock.release() }
    switch read() {
    case .missing: return []
    case .entries(let entries): return entries
    case .foreign:
      throw .notHistory(path: path, movedTo: try setAside(at: date))
    case .failed(let reason):
      throw .unreadable(path: path, reason: reason, movedTo: try setAside(at: date))
    }
  }

  /// Merges `entry` into the file, unless it repeats the newest entry.
  /// - Throws: `HistoryError.cannotSave` with the system's reason.
  public func append(_ entry: String, at date: Date = Date()) throws(HistoryError) {
    let lock = FileLock(path: lockPath)
    defer { lock.release() }
    var entries: [String]
    switch read() {
    case .missing: entries = []
    case .entries(let saved): entries = saved
    case .foreign, .failed:
      _ = try? setAside(at: date)
      entries = []
    }
    if entries.last != entry { entries.append(entry) }
    try write(Array(entries.suffix(limit)))
  }

  private enum Contents {
    case missing
    case entries([String])
    case foreign
    case failed(String)
  }

  private func read() -> Contents {
    guard let data = FileManager.default.contents(atPath: path) else {
      if !FileManager.default.fileExists(atPath: path) { return .missing }
      return .failed(access(path, R_OK) == 0 ? "not a regular file" : "permission denied")
    }
    if data.isEmpty { return .entries([]) }
    return HistoryFormat.entries(in: Array(data)).map(Contents.entries) ?? .foreign
  }

  private func write(_ entries: [String]) throws(HistoryError) {
    // A history file that is a link (to a synced dotfile, say) stays one.
    let destination = (try? AtomicFile.finalTarget(of: URL(fileURLWithPath: path)))?.path ?? path
    let temporary = destination + ".new-\(getpid())"
    let bytes = Array(HistoryFormat.text(of: entries).utf8)
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw .cannotSave(path: path, reason: Self.lastError) }
    let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
    let failure = written == bytes.count ? nil : Self.lastError
    close(descriptor)
    guard failure == nil, rename(temporary, destination) == 0 else {
      let reason = failure ?? Self.lastError
      unlink(temporary)
      throw .cannotSave(path: path, reason: reason)
    }
  }

  /// Renames the file to `history.bad-TIMESTAMP` beside it; returns the new path.
  private func setAside(at date: Date) throws(HistoryError) -> String {
    let formatter = DateFormatter()
    formatter.dateFormat = "yyyyMMdd-HHmmss"
    formatter.locale = Locale(identifier: "en_US_POSIX")
    var aside = path + ".bad-" + formatter.string(from: date)
    var attempt = 1
    while FileManager.default.fileExists(atPath: aside) {
      attempt += 1
      aside = path + ".bad-" + formatter.string(from: date) + "-\(attempt)"
    }
    guard rename(path, aside) == 0 else {
      throw .cannotSetAside(path: path, reason: Self.lastError)
    }
    return aside
  }

  private static var lastError: String { String(cString: strerror(errno)) }
}
