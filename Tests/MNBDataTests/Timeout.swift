import Foundation

/// Runs a call that might block forever on a thread of its own, so that it fails its test
/// instead of hanging the whole run.
enum Timeout {
  /// Thrown when the body is still running at the deadline.
  struct Expired: Error, CustomStringConvertible {
    let seconds: Double
    var description: String { "still running after \(seconds) seconds" }
  }

  /// The outcome of `body`, or `Expired` after `seconds`. A stuck thread is left behind; the
  /// test process ends it on exit.
  static func run<T: Sendable>(
    seconds: Double = 10, _ body: @escaping @Sendable () throws -> T
  ) throws -> T {
    let outcome = Outcome<T>()
    let finished = DispatchSemaphore(value: 0)
    Thread.detachNewThread {
      outcome.set(Result { try body() })
      finished.signal()
    }

    guard finished.wait(timeout: .now() + seconds) == .success, let result = outcome.get()
    else { throw Expired(seconds: seconds) }
    return try result.get()
  }

  /// The result handed from the worker thread to the waiting test, behind a lock.
  private final class Outcome<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<T, any Error>?

    func set(_ result: Result<T, any Error>) { lock.withLock { self.result = result } }
    func get() -> Result<T, any Error>? { lock.withLock { result } }
  }
}
