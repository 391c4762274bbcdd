/// Undoes the five PNG row filters, in place, on rows each preceded by their filter byte.
enum PNGFilter {
  /// `data` holds `rowCount` rows of `1 + rowBytes` bytes; afterwards each row's bytes after
  /// the filter byte are the raw samples.
  /// - Parameter bytesPerPixel: the distance to the byte "to the left", at least 1.
  static func unfilter(
    _ data: inout [UInt8], start: Int, rowCount: Int, rowBytes: Int, bytesPerPixel: Int,
    file: String
  ) throws(ImageError) {
    let stride = rowBytes + 1
    for row in 0..<rowCount {
      let filterAt = start + row * stride
      let filter = Int(data[filterAt])
      guard filter <= 4 else { throw .badFilter(file: file, row: row, filter: filter) }
      let previous = row == 0 ? nil : filterAt - stride + 1
      data.withUnsafeMutableBufferPointer { buffer in
        unfilterRow(
          buffer, at: filterAt + 1, previous: previous, count: rowBytes, filter: filter,
          bytesPerPixel: bytesPerPixel)
      }
    }
  }

  /// One row: `a` is the byte to the left, `b` the byte above, `c` the byte above and left;
  /// each is 0 where it falls outside the picture.
  private static func unfilterRow(
    _ bytes: UnsafeMutableBufferPointer<UInt8>, at start: Int, previous: Int?, count: Int,
    filter: Int, bytesPerPixel: Int
  ) {
    for index in 0..<count {
      let left = index >= bytesPerPixel ? bytes[start + index - bytesPerPixel] : 0
      let above = previous.map { bytes[$0 + index] } ?? 0
      let aboveLeft =
        index >= bytesPerPixel ? (previous.map { bytes[$0 + index - bytesPerPixel] } ?? 0) : 0
      let predictor: UInt8
      switch filter {
      case 1: predictor = left
      case 2: predictor = above
      case 3: predictor = UInt8((Int(left) + Int(above)) / 2)
      case 4: predictor = paeth(left, above, aboveLeft)
      default: predictor = 0
      }
      bytes[start + index] &+= predictor
    }
  }

  private static func paeth(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> UInt8 {
    let estimate = Int(a) + Int(b) - Int(c)
    let distanceA = abs(estimate - Int(a))
    let distanceB = abs(estimate - Int(b))
    let distanceC = abs(estimate - Int(c))
    if distanceA <= distanceB && distanceA <= distanceC { return a }
    return distanceB <= distanceC ? b : c
  }
}
