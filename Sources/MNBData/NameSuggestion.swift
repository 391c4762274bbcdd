/// Picks the name a user probably meant when a data set name matches nothing.
enum NameSuggestion {
  /// The most edits a misspelling may be from the name it is taken for.
  static let maximumDistance = 2

  /// The candidate closest to `name`, ignoring case, or nil when none is close.
  ///
  /// A candidate is close when it is at most `maximumDistance` edits away and takes fewer edits
  /// than it has letters, so a short name is not offered for an unrelated short name. The
  /// earlier candidate wins a tie; `name` itself is never offered.
  static func closest(to name: String, among candidates: [String]) -> String? {
    var best: (name: String, distance: Int)?
    for candidate in candidates where candidate != name {
      let distance = editDistance(name.lowercased(), candidate.lowercased())
      guard distance <= maximumDistance, distance < candidate.count else { continue }
      if distance < best?.distance ?? .max { best = (candidate, distance) }
    }
    return best?.name
  }

  /// The Levenshtein distance: how many single-character insertions, deletions and
  /// substitutions turn `a` into `b`. Takes O(|a| |b|) time and O(|b|) memory.
  static func editDistance(_ a: String, _ b: String) -> Int {
    let target = Array(b)
    var previous = Array(0...target.count)
    for (row, character) in a.enumerated() {
      var current = [row + 1] + [Int](repeating: 0, count: target.count)
      for column in target.indices {
        let substitution = previous[column] + (character == target[column] ? 0 : 1)
        current[column + 1] = min(substitution, previous[column + 1] + 1, current[column] + 1)
      }
      previous = current
    }
    return previous[target.count]
  }
}
