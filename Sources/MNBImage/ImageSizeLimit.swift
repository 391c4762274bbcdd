/// The largest picture mnb decodes, checked from the header before any pixel is allocated.
enum ImageSizeLimit {
  static let maximumSide = 10_000
  /// 40 megapixels: a large phone photo. Decoding keeps the raw rows and a Float per pixel,
  /// at most a few hundred megabytes.
  static let maximumPixels = 40_000_000

  static func check(width: Int, height: Int, file: String) throws(ImageError) {
    guard width <= maximumSide, height <= maximumSide, width * height <= maximumPixels else {
      throw .tooLarge(
        file: file, width: width, height: height,
        limit: "\(maximumSide) pixels a side or \(maximumPixels / 1_000_000) megapixels")
    }
  }
}
