/// Loss per epoch for one or more runs; x is the epoch from 1.
///
/// Each series draws its training loss solid and its validation loss dashed in the same colour.
/// A non-finite value leaves a gap marked by a dashed red line at that epoch and a key entry.
/// On a log scale a value of zero or below is refused, since gnuplot would drop it silently.
public struct LossCurves: Sendable, Equatable {
  public var series: [LossSeries]
  public var logScale: Bool
  public var title: String?

  public init(series: [LossSeries], logScale: Bool = false, title: String? = nil) {
    self.series = series
    self.logScale = logScale
    self.title = title
  }

  static let colours = [
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
  ]

  func defaultSize() -> PixelSize {
    PixelSize(width: 800, height: 500)
  }

  func script(on canvas: PlotCanvas) throws -> GnuplotScript {
    let epochs = series.map(\.epochCount).max() ?? 0
    guard epochs > 0 else { throw PlotError.emptyPlot(kind: "loss curves") }
    for run in series {
      try run.validate(logScale: logScale)
    }
    var script = GnuplotScript()

    for (index, run) in series.enumerated() {
      script.addDatablock(named: "loss\(index)", rows: run.rows())
    }

    try script.add(axes(epochs: epochs, canvas: canvas))
    let badEpochs = Set(series.flatMap(\.nonFiniteEpochs)).sorted()
    script.add(badEpochs.map(Self.gapMarker))
    script.add(try plotCommand(epochs: epochs, markingGaps: !badEpochs.isEmpty))
    return script
  }

  private func axes(epochs: Int, canvas: PlotCanvas) throws -> [String] {
    var lines = ["set xlabel 'epoch'", "set ylabel 'loss'", "set grid", "set key noenhanced"]
    if !canvas.isText {
      lines.append("set termoption font ',\(canvas.fontSize(base: 11))'")
    }
    if let title {
      lines.append("set title \(try GnuplotText.quoted(title, field: "title")) noenhanced")
    }
    lines.append(epochs == 1 ? "set xrange [0.5:1.5]" : "set xrange [1:\(epochs)]")
    if epochs <= 20 {
      lines.append("set xtics 1")
    }
    lines.append(logScale ? "set logscale y" : "unset logscale y")
    return lines
  }

  static func gapMarker(epoch: Int) -> String {
    "set arrow from first \(epoch), graph 0 to first \(epoch), graph 1 nohead "
      + "dashtype 2 linecolor rgb '#d62728'"
  }

  private func plotCommand(epochs: Int, markingGaps: Bool) throws -> String {
    let style = epochs <= 30 ? "linespoints pointtype 7 pointsize 0.6" : "lines"
    var parts: [String] = []
    for (index, run) in series.enumerated() {
      let colour = "linecolor rgb '\(Self.colours[index % Self.colours.count])'"
      let label = series.count == 1 && run.name.isEmpty ? "" : run.name + " "
      let train = try GnuplotText.quoted(label + "training", field: "series name")
      parts.append("$loss\(index) using 1:2 with \(style) linewidth 2 \(colour) title \(train)")
      if run.validation != nil {
        let valid = try GnuplotText.quoted(label + "validation", field: "series name")
        parts.append(
          "$loss\(index) using 1:3 with \(style) linewidth 2 dashtype 2 \(colour) title \(valid)")
      }
    }
    if markingGaps {
      parts.append("NaN with lines dashtype 2 linecolor rgb '#d62728' title 'NaN or Inf'")
    }
    return "plot " + parts.joined(separator: ", \\\n  ")
  }
}
