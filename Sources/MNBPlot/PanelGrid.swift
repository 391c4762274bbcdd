/// A multiplot of square image panels with room for a heading and one shared colour bar.
///
/// Margins are fractions of the whole picture (`screen` coordinates), so the bar can be placed
/// beside the grid rather than beside each panel.
struct PanelGrid: Sendable {
  var layout: GridLayout
  var heading: String?
  var hasColourBar: Bool
  var canvas: PlotCanvas

  private var right: Double { hasColourBar ? (canvas.isText ? 0.86 : 0.9) : 0.99 }
  private var top: Double { heading == nil ? 0.94 : (canvas.isText ? 0.86 : 0.88) }

  /// Axes for `height × width` matrices: no tics, square pixels, row 0 on top.
  static func imageAxes(height: Int, width: Int) -> [String] {
    [
      "unset key", "unset xtics", "unset ytics", "set size ratio -1",
      "set xrange [-0.5:\(width) - 0.5]", "set yrange [\(height) - 0.5:-0.5]",
      "unset colorbox",
    ]
  }

  /// Colour bar tics with enough digits for small weights.
  static func colourBarFormat(limit: Double) -> String {
    limit < 0.01 || limit >= 1000 ? "set cbtics format '%.1e'" : "set cbtics format '%.2g'"
  }

  func start() throws -> [String] {
    var lines: [String] = []
    if !canvas.isText {
      lines.append("set termoption font ',\(canvas.fontSize(base: 10))'")
    }
    var start =
      "set multiplot layout \(layout.rows),\(layout.columns) "
      + "margins 0.01,\(right),0.02,\(top) spacing 0.01,\(canvas.isText ? 0.12 : 0.08)"
    if let heading {
      start += " title \(try GnuplotText.quoted(heading, field: "title")) noenhanced"
      if !canvas.isText {
        start += " font ',\(canvas.fontSize(base: 13))'"
      }
    }
    lines.append(start)
    return lines
  }

  /// Turns the colour bar on for the next panel, placed right of the whole grid.
  func colourBar() -> [String] {
    let left = right + 0.02
    let bottom = 0.1
    let height = top - 0.08 - bottom
    return [
      "set colorbox user origin screen \(left),screen \(bottom) size screen 0.02,screen \(height)"
    ]
  }
}
