/// What a Tab press does: the text to insert at the cursor, and the words it chose among.
public struct Completion: Equatable, Sendable {
  /// Inserted at the cursor: the rest of a unique match (and the space or quote ending it),
  /// or the part all candidates share beyond what was typed. Empty when nothing is certain.
  public var insertion: String
  /// Every match, as listed below the prompt on a second Tab; empty or one for a unique match.
  public var candidates: [String]

  public init(insertion: String, candidates: [String]) {
    self.insertion = insertion
    self.candidates = candidates
  }

  public static let none = Completion(insertion: "", candidates: [])

  /// Chooses among whole words that may follow `typed`: a unique one is finished with
  /// `ending`, several give their common prefix.
  static func choosing(from words: [String], typed: String, ending: String = " ") -> Completion {
    let matches = Array(Set(words.filter { $0.hasPrefix(typed) })).sorted()
    guard let first = matches.first else { return .none }
    guard matches.count > 1 else {
      return Completion(
        insertion: String(first.dropFirst(typed.count)) + ending, candidates: matches)
    }
    let shared = matches.dropFirst().reduce(first) { $0.commonPrefix(with: $1) }
    return Completion(insertion: String(shared.dropFirst(typed.count)), candidates: matches)
  }
}

extension String {
  /// The longest prefix the two strings share, compared character by character.
  func commonPrefix(with other: String) -> String {
    String(zip(self, other).prefix { $0 == $1 }.map(\.0))
  }
}
