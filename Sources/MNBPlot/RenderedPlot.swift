/// What a render produced.
public enum RenderedPlot: Sendable, Equatable {
  /// The absolute path of the picture written.
  case file(path: String)
  /// Terminal output (ANSI-coloured text or a sixel stream) for the caller to print as is.
  case text(String)

  /// The terminal output, or `nil` for a file.
  public var text: String? {
    if case .text(let text) = self { return text }
    return nil
  }
}
