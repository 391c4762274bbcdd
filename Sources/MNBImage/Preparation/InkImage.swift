/// A picture's ink from 0 (background) to 1 (the strongest ink), whatever the colours of
/// paper and pen.
struct InkImage {
  let width: Int
  let height: Int
  let values: [Float]

  /// Light paper is inverted, judged by the mean of the border pixels; then the paper's level
  /// becomes 0 and the strongest ink 1, and faint noise is dropped.
  init(_ image: GrayImage, file: String) throws(ImageError) {
    let border = Self.borderMean(of: image)
    let isLightPaper = border > 0.5
    let ink = isLightPaper ? image.luminance.map { 1 - $0 } : image.luminance
    let paper = isLightPaper ? 1 - border : border

    let strongest = ink.max() ?? 0
    guard strongest - paper >= DigitPreparation.minimumContrast else {
      throw .blank(file: file)
    }
    let range = strongest - paper
    values = ink.map { value in
      let level = ((value - paper) / range).clamped(to: 0...1)
      return level < DigitPreparation.noiseFloor ? 0 : level
    }
    width = image.width
    height = image.height
  }

  private static func borderMean(of image: GrayImage) -> Float {
    var sum: Float = 0
    var count = 0
    for y in 0..<image.height {
      let isEdgeRow = y == 0 || y == image.height - 1
      for x in 0..<image.width where isEdgeRow || x == 0 || x == image.width - 1 {
        sum += image[x, y]
        count += 1
      }
    }
    return sum / Float(max(1, count))
  }

  /// The smallest rectangle holding every pixel with ink at or above `threshold`.
  func boundingBox(threshold: Float) -> PixelRegion? {
    var left = width
    var right = -1
    var top = height
    var bottom = -1
    for y in 0..<height {
      for x in 0..<width where values[y * width + x] >= threshold {
        left = min(left, x)
        right = max(right, x)
        top = min(top, y)
        bottom = max(bottom, y)
      }
    }
    guard right >= 0 else { return nil }
    return PixelRegion(x: left, y: top, width: right - left + 1, height: bottom - top + 1)
  }
}

/// A rectangle of pixels inside a picture.
struct PixelRegion: Equatable {
  let x: Int
  let y: Int
  let width: Int
  let height: Int
}
