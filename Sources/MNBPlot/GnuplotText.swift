import MNBData

/// Turns user strings and numbers into gnuplot source text that cannot run anything.
///
/// Inside single quotes gnuplot expands no backquotes, no `@macros` and no backslash escapes.
/// A line break would end the command, so control characters are refused instead of escaped.
enum GnuplotText {
  /// `text` as a gnuplot string expression built from single-quoted pieces.
  ///
  /// An apostrophe becomes a separate `"'"` joined on with `.`: gnuplot 5.4 reads a doubled
  /// `''` only between other characters and fails on `'''a'` or `'a''''b'` (text starting with
  /// an apostrophe, or two in a row), so doubling would break such titles.
  /// - Throws: `PlotError.controlCharacter` naming `field` when `text` holds a control character.
  static func quoted(_ text: String, field: String) throws -> String {
    try check(text, field: field)
    return text.split(separator: "'", omittingEmptySubsequences: false)
      .map { "'" + $0 + "'" }
      .joined(separator: #"."'"."#)
  }

  static func check(_ text: String, field: String) throws {
    if text.unicodeScalars.contains(where: isControl) {
      throw PlotError.controlCharacter(field: field, text: text)
    }
  }

  /// C0 controls, DEL and C1 controls (the latter can start terminal escape sequences).
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    VisibleText.isControl(scalar)
  }

  /// A finite number for a command; non-finite values are a broken invariant of the caller.
  static func number(_ value: Double) -> String {
    precondition(value.isFinite, "GnuplotText.number: non-finite value \(value)")
    if value == value.rounded(), abs(value) < 1e15 {
      return String(Int(value))
    }
    return String(value)
  }

  /// A datablock entry: gnuplot reads `nan` as an undefined point, which leaves a gap.
  static func datum(_ value: Float) -> String {
    value.isFinite ? String(value) : "nan"
  }

  static func datum(_ value: Double) -> String {
    value.isFinite ? String(value) : "nan"
  }
}
