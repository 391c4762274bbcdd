/// What a path given for a file mnb writes must not be, for pictures and for model, weight and
/// notebook files alike: gnuplot runs a name starting with `|` or `<` as a command, and a control
/// character would end the line of a script holding the name, or garble a message showing it.
public enum WritePathRule {
  /// Why `path` is refused, or nil when it may be written.
  public static func problem(with path: String) -> PlotError? {
    guard let first = path.first else {
      return .cannotWrite(path: path, reason: "the path is empty")
    }
    if first == "|" || first == "<" { return .unsafePath(path) }
    if path.unicodeScalars.contains(where: GnuplotText.isControl) {
      return .controlCharacter(field: "path", text: path)
    }
    return nil
  }
}
