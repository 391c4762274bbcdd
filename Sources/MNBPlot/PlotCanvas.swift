/// What a script is drawn on, so plot bodies can scale fonts and margins.
struct PlotCanvas: Sendable, Equatable {
  /// Character cells (`dumb`) rather than pixels.
  var isText: Bool
  var size: PixelSize

  /// A font size in points for pixel canvases, growing gently with the picture's height.
  func fontSize(base: Double) -> Int {
    Int((base * max(0.8, min(1.6, Double(size.height) / 500))).rounded())
  }
}
