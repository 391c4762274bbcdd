import MNBData

/// The largest picture mnb decodes, checked from the header before any pixel is allocated:
/// a fixed size, and the memory limit (`MemoryBudget`) for each buffer decoding allocates.
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

  /// Throws unless `bytes`, which `claim` asks for, fit in `memoryLimit`.
  static func checkMemory(
    _ bytes: Int?, claim: String, file: String, memoryLimit: MemoryBudget
  ) throws(ImageError) {
    do {
      try memoryLimit.check(bytes, claim: claim, file: file)
    } catch {
      throw .overMemoryLimit(error)
    }
  }

  /// The grey levels of the decoded picture, a Float per pixel.
  static func checkLuminance(
    width: Int, height: Int, file: String, memoryLimit: MemoryBudget
  ) throws(ImageError) {
    try checkMemory(
      MemoryBudget.product(width, height, MemoryLayout<Float>.stride),
      claim: "the header claims a \(width)x\(height) picture, a Float per pixel once decoded",
      file: file, memoryLimit: memoryLimit)
  }
}
