extension FuzzTarget {
  /// Every fuzz target, each defined in a file of its own beside this one. A new parser of
  /// outside input gets a file there and a line here; see docs/fuzzing.md.
  public static let all: [FuzzTarget] = [
    .idx,
    .commandLanguage,
    .notebook,
    .modelFile,
    .history,
    .csv,
    .image,
  ]
}
