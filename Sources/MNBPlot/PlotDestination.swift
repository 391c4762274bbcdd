/// Where a picture goes.
public enum PlotDestination: Sendable, Equatable {
  /// A picture file whose extension picks the format: `.png` (pngcairo when gnuplot has it,
  /// else libgd png) or `.svg`. A relative path is taken from the current directory; `size`
  /// `nil` uses the plot's default.
  case file(String, size: PixelSize? = nil)
  /// Text for a terminal: gnuplot's `dumb` terminal with 24-bit ANSI colours, sized in
  /// character cells.
  case text(columns: Int, rows: Int)
  /// A sixel image stream (`sixelgd`) for terminals that show sixels; see `TerminalGraphics`.
  case sixel(size: PixelSize? = nil)
}
