/// A picture to draw: each case holds the data and the title.
public enum Plot: Sendable, Equatable {
  case weights(WeightHeatmap)
  case losses(LossCurves)
  case confusion(ConfusionMatrix)
  case images(ImageGrid)

  /// The size used for a picture file when none is given.
  /// - Throws: `PlotError` when the data is inconsistent (for example a weight count).
  public func defaultSize() throws -> PixelSize {
    switch self {
    case .weights(let plot): return try plot.defaultSize()
    case .losses(let plot): return plot.defaultSize()
    case .confusion(let plot): return plot.defaultSize()
    case .images(let plot): return plot.defaultSize()
    }
  }

  func script(on canvas: PlotCanvas) throws -> GnuplotScript {
    switch self {
    case .weights(let plot): return try plot.script(on: canvas)
    case .losses(let plot): return try plot.script(on: canvas)
    case .confusion(let plot): return try plot.script(on: canvas)
    case .images(let plot): return try plot.script(on: canvas)
    }
  }
}
