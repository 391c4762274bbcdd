import Foundation

/// Checks on standard input before reading commands from it.
enum StandardInput {
  /// Why standard input cannot hold commands (it is a folder), or nil when it can.
  static var problem: String? {
    var status = stat()
    guard fstat(STDIN_FILENO, &status) == 0 else { return String(cString: strerror(errno)) }
    return status.st_mode & S_IFMT == S_IFDIR ? "it is a folder" : nil
  }
}
