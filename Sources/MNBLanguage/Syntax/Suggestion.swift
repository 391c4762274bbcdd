/// Finds the known name closest to a mistyped one, for "did you mean" hints.
public enum Suggestion {
  /// The candidate within a small edit distance of `name`, or nil when none is close.
  public static func closest(to name: String, among candidates: [String]) -> String? {
    let limit = max(1, min(3, name.count / 3))
    let scored = candidates.map { (candidate: $0, distance: editDistance(name, $0)) }
    guard let best = scored.min(by: { $0.distance < $1.distance }) else { return nil }
    return best.distance <= limit ? best.candidate : nil
  }

  /// `"; did you mean 'x'?"` when a candidate is close, else an empty string.
  public static func hint(for name: String, among candidates: [String]) -> String {
    guard let match = closest(to: name, among: candidates) else { return "" }
    return "; did you mean '\(match)'?"
  }

  /// Levenshtein distance, case-insensitive.
  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.lowercased())
    let b = Array(b.lowercased())
    var previous = Array(0...b.count)
    for i in 1...max(a.count, 1) where !a.isEmpty {
      var current = [i] + [Int](repeating: 0, count: b.count)
      for j in stride(from: 1, through: b.count, by: 1) {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      previous = current
    }
    return a.isEmpty ? b.count : previous[b.count]
  }
}
