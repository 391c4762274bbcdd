/// Finds the known name closest to a mistyped one, for "did you mean" hints.
public enum Suggestion {
  /// The candidate within a small edit distance of `name`, or nil when none is close.
  public static func closest(to name: String, among candidates: [String]) -> String? {
    let limit = name.count <= 3 ? 1 : (name.count < 9 ? 2 : 3)
    let scored = candidates.map { (candidate: $0, distance: editDistance(name, $0)) }
    guard let best = scored.min(by: { $0.distance < $1.distance }) else { return nil }
    return best.distance <= limit ? best.candidate : nil
  }

  /// `"; did you mean 'x'?"` when a candidate is close, else an empty string.
  public static func hint(for name: String, among candidates: [String]) -> String {
    guard let match = closest(to: name, among: candidates) else { return "" }
    return "; did you mean '\(match)'?"
  }

  /// Edit distance counting insertions, deletions, substitutions and swaps of neighbours
  /// (optimal string alignment), case-insensitive, so "trian" is one step from "train".
  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.lowercased())
    let b = Array(b.lowercased())
    guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }

    var distance = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { distance[i][0] = i }
    for j in 0...b.count { distance[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        distance[i][j] = min(
          distance[i - 1][j] + 1, distance[i][j - 1] + 1, distance[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          distance[i][j] = min(distance[i][j], distance[i - 2][j - 2] + 1)
        }
      }
    }
    return distance[a.count][b.count]
  }
}
