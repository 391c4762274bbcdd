/// A picture size in pixels (or, for text output, in character cells).
public struct PixelSize: Sendable, Equatable, Hashable {
  public var width: Int
  public var height: Int

  public init(width: Int, height: Int) {
    self.width = width
    self.height = height
  }

  /// Sizes accepted in either direction.
  static let allowed = 8...20_000

  func validated() throws -> PixelSize {
    guard Self.allowed.contains(width), Self.allowed.contains(height) else {
      throw PlotError.invalidSize(width: width, height: height)
    }
    return self
  }
}
