/// Scales part of a picture by area averaging: each new pixel is the mean of the old pixels
/// it covers, weighted by how much of each it covers. Downscaling this way keeps thin strokes
/// as fainter lines instead of dropping them.
enum AreaResampler {
  /// A `toWidth` x `toHeight` image of `region` of `values` (rows of `width`).
  static func resample(
    _ values: [Float], width: Int, region: PixelRegion, toWidth: Int, toHeight: Int
  ) -> Plane {
    let columnSpans = spans(from: region.width, to: toWidth)
    let rowSpans = spans(from: region.height, to: toHeight)
    var result = [Float](repeating: 0, count: toWidth * toHeight)
    for (outY, rowSpan) in rowSpans.enumerated() {
      for (outX, columnSpan) in columnSpans.enumerated() {
        var sum: Float = 0
        for (y, rowWeight) in rowSpan {
          let rowStart = (region.y + y) * width + region.x
          for (x, columnWeight) in columnSpan {
            sum += values[rowStart + x] * rowWeight * columnWeight
          }
        }
        result[outY * toWidth + outX] = sum
      }
    }
    return Plane(width: toWidth, height: toHeight, values: result)
  }

  /// For each new pixel along one axis, the old pixels it covers and the weight of each;
  /// the weights of one new pixel sum to 1.
  private static func spans(from oldCount: Int, to newCount: Int) -> [[(Int, Float)]] {
    let step = Double(oldCount) / Double(newCount)
    return (0..<newCount).map { index in
      let start = Double(index) * step
      let end = start + step
      var covered: [(Int, Float)] = []
      var pixel = Int(start)
      while Double(pixel) < end && pixel < oldCount {
        let overlap = min(end, Double(pixel + 1)) - max(start, Double(pixel))
        if overlap > 0 { covered.append((pixel, Float(overlap / step))) }
        pixel += 1
      }
      return covered
    }
  }
}

/// A small grid of values, row-major.
struct Plane {
  let width: Int
  let height: Int
  var values: [Float]
}
