/// Counts of predictions per true class, drawn as a heatmap with each count written in its cell.
///
/// `counts[t][p]` is how often true class `t` was predicted as `p`; true classes run down the
/// y axis from the top, predictions along the x axis.
public struct ConfusionMatrix: Sendable, Equatable {
  public var counts: [[Int]]
  /// One name per class; `nil` names the classes `0`, `1`, ….
  public var classNames: [String]?
  public var title: String?

  public init(counts: [[Int]], classNames: [String]? = nil, title: String? = nil) {
    self.counts = counts
    self.classNames = classNames
    self.title = title
  }

  func defaultSize() -> PixelSize {
    let side = max(520, min(1400, 60 * counts.count + 160))
    return PixelSize(width: side + 80, height: side)
  }

  func validate() throws -> [String] {
    let size = counts.count
    guard size > 0 else { throw PlotError.emptyPlot(kind: "the confusion matrix") }
    for (row, values) in counts.enumerated() {
      guard values.count == size else {
        throw PlotError.notSquare(row: row, expected: size, found: values.count)
      }
      if let column = values.firstIndex(where: { $0 < 0 }) {
        throw PlotError.negativeCount(trueClass: row, predicted: column, value: values[column])
      }
    }
    let names = classNames ?? (0..<size).map(String.init)
    guard names.count == size else {
      throw PlotError.nameCount(field: "class names", expected: size, found: names.count)
    }
    return names
  }

  func script(on canvas: PlotCanvas) throws -> GnuplotScript {
    let names = try validate()
    let largest = counts.joined().max() ?? 0
    var script = GnuplotScript()

    script.addDatablock(
      named: "cm", rows: counts.map { $0.map(String.init).joined(separator: " ") })

    script.add("set palette defined (0 '#ffffff', 0.5 '#6baed6', 1 '#08306b')")
    script.add("set cbrange [0:\(max(largest, 1))]")
    script.add(try axes(names: names, canvas: canvas))
    script.add(labelledImage(threshold: Double(max(largest, 1)) * 0.55, canvas: canvas))
    return script
  }

  private func axes(names: [String], canvas: PlotCanvas) throws -> [String] {
    let size = names.count
    var lines = [
      "unset key", "set size ratio -1", "set xrange [-0.5:\(size) - 0.5]",
      "set yrange [\(size) - 0.5:-0.5]", "set xlabel 'predicted'", "set ylabel 'true'",
      "set cbtics format '%.0f'",
    ]
    if !canvas.isText {
      lines.append("set termoption font ',\(canvas.fontSize(base: 11))'")
    }
    if let title {
      lines.append("set title \(try GnuplotText.quoted(title, field: "title")) noenhanced")
    }
    let tics = try names.enumerated().map { index, name in
      "\(try GnuplotText.quoted(name, field: "class name")) \(index)"
    }.joined(separator: ", ")
    let rotation = names.contains { $0.count > 3 } ? " rotate by 45 right" : ""
    lines.append("set xtics (\(tics)) scale 0 noenhanced\(rotation)")
    lines.append("set ytics (\(tics)) scale 0 noenhanced")
    return lines
  }

  /// The image, then counts in white on dark cells and in black on light ones.
  private func labelledImage(threshold: Double, canvas: PlotCanvas) -> String {
    let limit = GnuplotText.number(threshold)
    let font =
      canvas.isText ? "" : " font ',\(max(7, canvas.fontSize(base: 10) - counts.count / 8))'"
    return "plot $cm matrix with image, \\\n"
      + "  $cm matrix using 1:2:($3 > \(limit) ? sprintf('%d', $3) : '') with labels"
      + " textcolor rgb '#ffffff'\(font), \\\n"
      + "  $cm matrix using 1:2:($3 <= \(limit) ? sprintf('%d', $3) : '') with labels"
      + " textcolor rgb '#000000'\(font)"
  }
}
