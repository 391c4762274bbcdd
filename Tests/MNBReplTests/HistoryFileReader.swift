@testable import MNBRepl

/// Reads a history file the way a later session does.
enum HistoryFileReader {
  static func entries(atPath path: String) throws -> [String] {
    try HistoryFile(path: path).load()
  }
}
