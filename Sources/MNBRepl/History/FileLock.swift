import Foundation

/// An exclusive `flock` on a file, held from creation until `release`.
///
/// Without a lock file (a read-only folder), the work goes on unlocked: the rename that
/// replaces the history still keeps the file whole, and only a simultaneous line may be lost.
struct FileLock {
  private let descriptor: Int32

  init(path: String) {
    descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { return }
    while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
  }

  func release() {
    guard descriptor >= 0 else { return }
    flock(descriptor, LOCK_UN)
    close(descriptor)
  }
}
