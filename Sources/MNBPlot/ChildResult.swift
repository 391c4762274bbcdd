import Foundation

/// How a child process ended, with everything it wrote.
struct ChildResult: Sendable {
  enum Ending: Sendable, Equatable {
    case exited(Int32)
    case signalled(Int32)
    /// It outlived the timeout and was killed.
    case timedOut
    /// The caller asked to stop, as by Ctrl-C, and it was killed.
    case cancelled
  }

  var ending: Ending
  var output: Data
  var errors: Data
  /// The child closed its input before reading all of it (the write failed with EPIPE).
  var inputWasCutShort: Bool
}
