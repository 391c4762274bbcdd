import Dispatch

/// Splits a list of rows into halves that two threads can work on, the same way whatever the
/// thread count, so results agree bit for bit between one and two threads.
enum RowHalves {
  /// Lists shorter than twice this stay in one part: a second thread would cost more than it
  /// saves.
  static let minimumHalf = 64

  /// The parts of `indices`: its two halves, or the whole list when it is short.
  static func parts(
    of indices: UnsafeBufferPointer<Int32>
  ) -> (first: UnsafeBufferPointer<Int32>, second: UnsafeBufferPointer<Int32>?) {
    guard indices.count >= 2 * minimumHalf else { return (indices, nil) }
    let middle = indices.count / 2
    return (
      UnsafeBufferPointer(rebasing: indices[..<middle]),
      UnsafeBufferPointer(rebasing: indices[middle...])
    )
  }

  /// Calls `body(0)` and, when `isSplit`, `body(1)`, on two threads when `threadCount` is 2.
  static func run(isSplit: Bool, threadCount: Int, _ body: (Int) -> Void) {
    guard isSplit else { return body(0) }
    guard threadCount >= 2 else {
      body(0)
      body(1)
      return
    }

    withoutActuallyEscaping(body) { body in
      let shared = SharedBody(call: body)
      DispatchQueue.concurrentPerform(iterations: 2) { shared.call($0) }
    }
  }
}

/// Lets the two halves' calls cross threads: callers give each half its own output buffers
/// and only read what they share, and `concurrentPerform` returns after both calls end.
private struct SharedBody: @unchecked Sendable {
  let call: (Int) -> Void
}
