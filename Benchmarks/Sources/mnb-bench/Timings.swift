/// The wall-clock times of repeated runs of one piece of work, in seconds.
struct Timings {
  let seconds: [Double]

  var best: Double { seconds.min()! }
  var worst: Double { seconds.max()! }

  var median: Double {
    let sorted = seconds.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }

  var fields: [String: Any] {
    [
      "best_seconds": best, "median_seconds": median, "worst_seconds": worst,
      "repeats": seconds.count, "seconds": seconds,
    ]
  }

  /// Runs `body` once untimed, so that caches are warm and buffers paged in, then `repeats`
  /// times on the continuous clock.
  static func measure(repeats: Int, _ body: () throws -> Void) rethrows -> Timings {
    precondition(repeats >= 1, "Timings.measure: \(repeats) repeats")
    try body()

    let clock = ContinuousClock()
    var seconds: [Double] = []
    for _ in 0..<repeats {
      seconds.append(try clock.measure(body).seconds)
    }
    return Timings(seconds: seconds)
  }
}

extension Duration {
  var seconds: Double {
    Double(components.seconds) + Double(components.attoseconds) / 1e18
  }
}

/// Keeps the optimiser from dropping work whose result is otherwise unused.
@inline(never)
func keep<T>(_ value: T) {
  withExtendedLifetime(value) {}
}
