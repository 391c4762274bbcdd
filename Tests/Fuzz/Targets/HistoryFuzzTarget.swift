import MNBRepl

extension FuzzTarget {
  /// The interactive session's history file, in libedit's format. Entries read from a file
  /// must write back to text that reads as the same entries.
  public static let history = FuzzTarget(name: "history", maximumLength: 1024) { bytes in
    guard let entries = HistoryFormat.entries(in: bytes) else {
      return .refused("not a history file")
    }
    let rewritten = Array(HistoryFormat.text(of: entries).utf8)
    guard HistoryFormat.entries(in: rewritten) == entries else {
      return .violated("history entries change when written back")
    }
    return .accepted("\(entries.count) entries")
  }
}
