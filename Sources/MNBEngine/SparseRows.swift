/// A borrowed view of a `FeatureMatrix`'s storage, valid only inside
/// `FeatureMatrix.withSparseRows(_:)`.
struct SparseRows {
  let rowStarts: UnsafePointer<Int>
  /// `position << 8 | byte` per non-zero pixel.
  let entries: UnsafePointer<UInt32>
  let labels: UnsafePointer<UInt8>
  /// `PixelScale.table`: the scaled value of each byte.
  let scale: UnsafePointer<Float>
  /// The pixel bytes, row-major, in the dense layout.
  let pixels: UnsafePointer<UInt8>
  let layout: FeatureMatrix.Layout
  let pixelsPerImage: Int
}

extension FeatureMatrix {
  /// Calls `body` with pointers into the layout; they must not escape it. Requires at least
  /// one row.
  func withSparseRows<Result>(_ body: (SparseRows) throws -> Result) rethrows -> Result {
    try rowStarts.withUnsafeBufferPointer { starts in
      try entries.withUnsafeBufferPointer { entries in
        try labels.withUnsafeBufferPointer { labels in
          try PixelScale.table.withUnsafeBufferPointer { scale in
            try pixels.withUnsafeBufferPointer { pixels in
              let rows = SparseRows(
                rowStarts: starts.baseAddress!, entries: entries.baseAddress!,
                labels: labels.baseAddress!, scale: scale.baseAddress!,
                pixels: pixels.baseAddress!, layout: layout, pixelsPerImage: pixelsPerImage)
              return try body(rows)
            }
          }
        }
      }
    }
  }
}
