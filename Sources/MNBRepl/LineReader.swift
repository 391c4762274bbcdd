import Foundation
import MNBLanguage

/// Reads lines from a descriptor with a bound on their length, so a file with no line breaks
/// cannot make the reader hold it whole.
struct LineReader {
  enum Line: Equatable {
    case text(String)
    /// A line longer than the limit; nothing of it is kept and reading stops.
    case tooLong
    case end
  }

  private let descriptor: Int32
  private let maximumBytes: Int
  private var pending: [UInt8] = []
  private var searchedUpTo = 0
  private var isFinished = false

  init(descriptor: Int32 = STDIN_FILENO, maximumBytes: Int = Parser.maximumLineBytes) {
    self.descriptor = descriptor
    self.maximumBytes = maximumBytes
  }

  /// The next line without its `\n` or `\r\n`.
  mutating func next() -> Line {
    while true {
      if let newline = pending[searchedUpTo...].firstIndex(of: UInt8(ascii: "\n")) {
        return take(upTo: newline, dropping: 1)
      }
      searchedUpTo = pending.count
      guard pending.count <= maximumBytes + 1 else { return stop() }
      guard !isFinished, fill() else {
        isFinished = true
        return pending.isEmpty ? .end : take(upTo: pending.count, dropping: 0)
      }
    }
  }

  private mutating func take(upTo end: Int, dropping separator: Int) -> Line {
    var line = pending[..<end]
    if separator > 0, line.last == UInt8(ascii: "\r") { line = line.dropLast() }
    guard line.count <= maximumBytes else { return stop() }
    let text = String(decoding: line, as: UTF8.self)
    pending.removeSubrange(..<(end + separator))
    searchedUpTo = 0
    return .text(text)
  }

  private mutating func stop() -> Line {
    pending = []
    searchedUpTo = 0
    isFinished = true
    return .tooLong
  }

  /// Reads one more chunk; false at the end of input or on an error.
  private mutating func fill() -> Bool {
    var chunk = [UInt8](repeating: 0, count: 64 << 10)
    while true {
      let count = read(descriptor, &chunk, chunk.count)
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { return false }
      pending.append(contentsOf: chunk[..<count])
      return true
    }
  }
}
