import Foundation

/// The sizes an IDX header claims, read both big-endian (as the format says) and byte-swapped,
/// so a header written in the wrong byte order can be told from a damaged one.
struct SizeClaim {
  let elementType: IDXElementType
  let dimensions: [Int]
  let swappedDimensions: [Int]
  /// The total length of an uncompressed file; nil when compressed.
  let fileSize: Int?
  let maximumBytes: Int

  init(elementType: IDXElementType, sizeBytes: [UInt8], fileSize: Int?, maximumBytes: Int) {
    var dimensions: [Int] = []
    var swapped: [Int] = []
    for start in stride(from: 0, to: sizeBytes.count, by: 4) {
      let word = sizeBytes[start..<start + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
      dimensions.append(Int(word))
      swapped.append(Int(word.byteSwapped))
    }
    self.elementType = elementType
    self.dimensions = dimensions
    self.swappedDimensions = swapped
    self.fileSize = fileSize
    self.maximumBytes = maximumBytes
  }

  var headerByteCount: Int { 4 + 4 * dimensions.count }

  /// Throws unless the big-endian sizes are all positive, fit in memory and match the file.
  func check(url: URL) throws(IDXError) {
    if !isPlausible(dimensions), isPlausible(swappedDimensions) {
      throw .byteSwappedHeader(url)
    }

    guard !dimensions.contains(0) else { throw .zeroDimension(url, dimensions: dimensions) }
    guard let payload = payloadByteCount(dimensions) else {
      throw .sizeOverflow(url, dimensions: dimensions)
    }
    guard payload <= maximumBytes else {
      throw .overBudget(
        url, dimensions: dimensions, bytes: payload, maximumBytes: maximumBytes)
    }

    guard let fileSize else { return }
    let expected = headerByteCount + payload
    if fileSize < expected {
      throw .cutShort(url, expected: expected, found: fileSize, isCompressed: false)
    }
    if fileSize > expected {
      throw .trailingData(url, expected: expected, isCompressed: false)
    }
  }

  /// Whether `sizes` would pass every check in `check(url:)`.
  private func isPlausible(_ sizes: [Int]) -> Bool {
    guard !sizes.contains(0), let payload = payloadByteCount(sizes), payload <= maximumBytes
    else { return false }
    guard let fileSize else { return true }
    return fileSize == headerByteCount + payload
  }

  /// The product of the sizes times the element size, or nil when it overflows.
  private func payloadByteCount(_ sizes: [Int]) -> Int? {
    var product = elementType.byteCount
    for size in sizes {
      let (next, overflow) = product.multipliedReportingOverflow(by: size)
      if overflow { return nil }
      product = next
    }
    return product
  }
}
