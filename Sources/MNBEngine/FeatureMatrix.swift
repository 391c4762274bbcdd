import MNBData

/// The inputs of a logistic model in a compact sparse layout: for each image, the positions
/// and bytes of its non-zero pixels.
///
/// A model sees row `i` as a bias input of 1 followed by the pixels scaled to `[0, 1]`
/// (byte / 255, correctly rounded); `denseRow(_:)` spells that row out. Only non-zero pixels
/// are stored, each as one `UInt32` holding its position above its byte, so MNIST's 60000
/// training images (about 19% non-zero) take about 38 MB instead of 188 MB as `Float`s. Build
/// it once per data set and reuse it across training runs and evaluations.
///
/// Data sets with many non-zero pixels keep their bytes as they are instead, for a kernel
/// built on OpenBLAS; see `Layout`.
public struct FeatureMatrix: Sendable {
  /// How the pixels are held, and so which kernel trains on them.
  public enum Layout: Sendable, Equatable {
    /// Only the non-zero pixels; the faster choice below `denseThreshold`.
    case sparse
    /// Every pixel byte, expanded to `Float`s block by block for OpenBLAS.
    case dense
  }

  /// The density from which `init(_:)` picks the dense layout. On MNIST (density 0.19) the
  /// sparse kernel takes 26 ms per one-vs-rest epoch on one core against OpenBLAS's 40 ms; on
  /// Fashion-MNIST (0.50) it takes 61 ms against 40 ms, so the two cross near 0.33.
  public static let denseThreshold = 0.33

  /// The most pixels per image the layout can index.
  public static let maximumPixelsPerImage = 1 << 24

  public let rowCount: Int
  public let pixelsPerImage: Int
  public let labels: [UInt8]
  public let classNames: [String]
  /// `rowStarts[i]..<rowStarts[i + 1]` indexes the non-zero pixels of row `i`.
  let rowStarts: [Int]
  /// `position << 8 | byte` for each non-zero pixel, followed by one unused entry so that the
  /// array is never empty; only that entry in the dense layout.
  let entries: [UInt32]
  /// The pixel bytes, row-major, in the dense layout; one unused byte in the sparse layout.
  let pixels: [UInt8]
  public let layout: Layout

  /// Inputs per row, counting the bias input.
  public var columnCount: Int { pixelsPerImage + 1 }
  public var classCount: Int { classNames.count }
  /// Non-zero pixels over all rows.
  public var nonzeroCount: Int { rowStarts[rowCount] }

  /// The fraction of pixels that are not zero, in `[0, 1]`.
  public var density: Double {
    rowCount == 0 ? 0 : Double(nonzeroCount) / Double(rowCount * pixelsPerImage)
  }

  /// Whether the layout can hold the images: models refuse data for which this is `false`.
  public var fitsLayout: Bool { pixelsPerImage <= Self.maximumPixelsPerImage }

  /// The features of `dataset` in `layout`, or when `nil` in the layout its density suits.
  public init(_ dataset: Dataset, layout: Layout? = nil) {
    rowCount = dataset.count
    pixelsPerImage = dataset.pixelsPerImage
    labels = dataset.labels
    classNames = dataset.classNames

    let nonzero = dataset.pixels.reduce(0) { $1 == 0 ? $0 : $0 + 1 }
    let density = Double(nonzero) / Double(max(1, dataset.pixels.count))
    self.layout = layout ?? (density >= Self.denseThreshold ? .dense : .sparse)

    let width = pixelsPerImage <= Self.maximumPixelsPerImage ? pixelsPerImage : 0
    if self.layout == .dense {
      (rowStarts, entries) = Self.rowNonzeroCounts(dataset.pixels, rows: rowCount, width: width)
      pixels = dataset.pixels + [0]
    } else {
      (rowStarts, entries) = Self.compress(
        dataset.pixels, rows: rowCount, width: width, nonzero: nonzero)
      pixels = [0]
    }
  }

  /// Row `index` as the model sees it: `columnCount` values, a 1 then the scaled pixels.
  public func denseRow(_ index: Int) -> [Float] {
    var row = [Float](repeating: 0, count: columnCount)
    row[0] = 1
    guard layout == .sparse else {
      for column in 0..<pixelsPerImage {
        row[column + 1] = PixelScale.table[Int(pixels[index * pixelsPerImage + column])]
      }
      return row
    }
    for entry in entries[rowStarts[index]..<rowStarts[index + 1]] {
      row[Int(entry >> 8) + 1] = PixelScale.table[Int(entry & 0xFF)]
    }
    return row
  }

  /// Row starts counting each row's non-zero pixels, so `nonzeroCount` holds in either layout.
  private static func rowNonzeroCounts(
    _ pixels: [UInt8], rows: Int, width: Int
  ) -> (starts: [Int], entries: [UInt32]) {
    var starts = [Int](repeating: 0, count: rows + 1)
    for row in 0..<rows {
      let image = pixels[row * width..<(row + 1) * width]
      starts[row + 1] = starts[row] + image.reduce(0) { $1 == 0 ? $0 : $0 + 1 }
    }
    return (starts, [0])
  }

  private static func compress(
    _ pixels: [UInt8], rows: Int, width: Int, nonzero: Int
  ) -> (starts: [Int], entries: [UInt32]) {
    var starts = [Int](repeating: 0, count: rows + 1)
    var entries = [UInt32](repeating: 0, count: (width == 0 ? 0 : nonzero) + 1)
    guard width > 0 else { return (starts, entries) }

    var next = 0
    for row in 0..<rows {
      let base = row * width
      for column in 0..<width where pixels[base + column] != 0 {
        entries[next] = UInt32(column) << 8 | UInt32(pixels[base + column])
        next += 1
      }
      starts[row + 1] = next
    }
    return (starts, entries)
  }
}

/// The scaled value of each pixel byte.
enum PixelScale {
  /// `table[b] == Float(b) / 255`: a division rather than a multiplication by 1/255 keeps each
  /// value the correctly rounded quotient of the reference method.
  static let table: [Float] = (0..<256).map { Float($0) / 255 }
}
