/// Reads the environment to say what a terminal can show.
public enum TerminalGraphics {
  /// Whether the terminal can show sixel images.
  ///
  /// `MNB_SIXEL` decides when set (`1`, `yes` or `true` for yes; anything else for no).
  /// Otherwise the answer is a guess from `TERM` and `TERM_PROGRAM` naming terminals known to
  /// show sixels; a terminal cannot be asked without reading its replies, which this avoids.
  public static func supportsSixel(environment: [String: String]) -> Bool {
    if let override = environment["MNB_SIXEL"] {
      return ["1", "yes", "true", "on"].contains(override.lowercased())
    }
    let term = environment["TERM"]?.lowercased() ?? ""
    let program = environment["TERM_PROGRAM"]?.lowercased() ?? ""
    let knownTerms = ["foot", "mlterm", "yaft", "contour", "sixel", "wezterm", "mintty"]
    let knownPrograms = ["wezterm", "iterm.app", "mintty", "contour", "konsole"]
    return knownTerms.contains { term.contains($0) } || knownPrograms.contains(program)
  }
}
