/// Turns a picture of a handwritten digit into an image like MNIST's: light ink on black,
/// the digit scaled to fit a box of 20/28 of the side keeping its aspect ratio, and moved so
/// its centre of mass lands at the centre.
///
/// The steps follow how MNIST itself was made from NIST's scans: size-normalise into 20x20
/// with anti-aliasing, then centre by the centre of mass in 28x28.
public enum DigitPreparation {
  /// Ink at or above this share of the brightest ink counts towards the digit's bounding box.
  static let inkThreshold: Float = 0.2
  /// Ink below this share is taken for paper texture or noise and dropped.
  static let noiseFloor: Float = 0.1
  /// The least difference between paper and the darkest ink that counts as a digit.
  static let minimumContrast: Float = 0.1

  /// A `side` x `side` image, row-major, 0 for background and up to 255 for ink.
  /// - Throws: `ImageError.blank` when the picture holds no ink.
  public static func prepare(_ image: GrayImage, side: Int, file: String) throws(ImageError)
    -> [UInt8]
  {
    precondition(side >= 1, "DigitPreparation.prepare: side \(side) is below 1")
    let ink = try InkImage(image, file: file)
    guard let box = ink.boundingBox(threshold: inkThreshold) else { throw .blank(file: file) }

    let boxSide = max(1, Int((Double(side) * 20 / 28).rounded()))
    let scale = Double(boxSide) / Double(max(box.width, box.height))
    let fitted = AreaResampler.resample(
      ink.values, width: ink.width, region: box,
      toWidth: max(1, Int((Double(box.width) * scale).rounded())),
      toHeight: max(1, Int((Double(box.height) * scale).rounded())))
    let placed = CentreOfMass.placeCentred(fitted, side: side)
    return placed.values.map { UInt8(($0 * 255).rounded().clamped(to: 0...255)) }
  }
}

extension Comparable {
  func clamped(to range: ClosedRange<Self>) -> Self {
    min(max(self, range.lowerBound), range.upperBound)
  }
}
