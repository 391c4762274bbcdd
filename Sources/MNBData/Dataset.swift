/// A set of labelled grayscale images held in memory, as read from IDX files.
///
/// Pixels are stored row-major, one byte each, image after image:
/// image `i` occupies `pixels[i * pixelsPerImage ..< (i + 1) * pixelsPerImage]`.
public struct Dataset: Sendable, Equatable {
  public var name: String
  public let height: Int
  public let width: Int
  public let pixels: [UInt8]
  public let labels: [UInt8]
  public let classNames: [String]

  public init(
    name: String, height: Int, width: Int, pixels: [UInt8], labels: [UInt8],
    classNames: [String]
  ) {
    precondition(
      pixels.count == labels.count * height * width,
      "Dataset.init: \(pixels.count) pixels for \(labels.count) images of \(height)x\(width)")
    precondition(
      labels.allSatisfy { Int($0) < classNames.count },
      "Dataset.init: a label is not below the class count \(classNames.count)")
    self.name = name
    self.height = height
    self.width = width
    self.pixels = pixels
    self.labels = labels
    self.classNames = classNames
  }

  public var count: Int { labels.count }
  public var pixelsPerImage: Int { height * width }
  public var classCount: Int { classNames.count }

  /// The pixels of image `index`, row-major.
  public func image(at index: Int) -> ArraySlice<UInt8> {
    pixels[index * pixelsPerImage..<(index + 1) * pixelsPerImage]
  }

  /// How many images carry each label, indexed by class.
  public var classCounts: [Int] {
    var counts = [Int](repeating: 0, count: classCount)
    for label in labels { counts[Int(label)] += 1 }
    return counts
  }

  /// The images in `range`, in order, as a data set of their own.
  public func slice(_ range: Range<Int>, name: String? = nil) -> Dataset {
    let pixelRange = range.lowerBound * pixelsPerImage..<range.upperBound * pixelsPerImage
    return Dataset(
      name: name ?? "\(self.name)[\(range.lowerBound):\(range.upperBound)]",
      height: height, width: width, pixels: Array(pixels[pixelRange]),
      labels: Array(labels[range]), classNames: classNames)
  }
}
