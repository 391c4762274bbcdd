/// A grayscale picture: luminance from 0 (black) to 1 (white), row-major.
public struct GrayImage: Sendable, Equatable {
  public let width: Int
  public let height: Int
  public let luminance: [Float]

  public init(width: Int, height: Int, luminance: [Float]) {
    precondition(
      luminance.count == width * height,
      "GrayImage.init: \(luminance.count) values for \(width)x\(height)")
    self.width = width
    self.height = height
    self.luminance = luminance
  }

  public subscript(x: Int, y: Int) -> Float { luminance[y * width + x] }
}
