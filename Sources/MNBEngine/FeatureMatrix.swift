import MNBData

/// The inputs of a logistic model: one row per image, a bias input of 1 followed by the pixels
/// scaled to `[0, 1]` (byte / 255).
///
/// `values` is row-major and contiguous, `rowCount × columnCount` with
/// `columnCount = pixelsPerImage + 1`; row `i` starts at `values[i * columnCount]`.
/// Build it once per data set and reuse it across training runs and evaluations.
public struct FeatureMatrix: Sendable {
  public let rowCount: Int
  public let pixelsPerImage: Int
  public let values: [Float]
  public let labels: [UInt8]
  public let classNames: [String]

  public var columnCount: Int { pixelsPerImage + 1 }
  public var classCount: Int { classNames.count }

  public init(_ dataset: Dataset) {
    rowCount = dataset.count
    pixelsPerImage = dataset.pixelsPerImage
    labels = dataset.labels
    classNames = dataset.classNames
    values = Self.scaledRows(of: dataset.pixels, rowCount: rowCount, width: pixelsPerImage)
  }

  private static func scaledRows(of pixels: [UInt8], rowCount: Int, width: Int) -> [Float] {
    let columns = width + 1
    return [Float](unsafeUninitializedCapacity: rowCount * columns) { buffer, initialized in
      pixels.withUnsafeBufferPointer { source in
        for row in 0..<rowCount {
          let target = buffer.baseAddress! + row * columns
          let image = source.baseAddress! + row * width
          target[0] = 1
          for column in 0..<width {
            // A division rather than a multiplication by 1/255 keeps each value the correctly
            // rounded x/255 of the reference method.
            target[column + 1] = Float(image[column]) / 255
          }
        }
      }
      initialized = rowCount * columns
    }
  }
}
