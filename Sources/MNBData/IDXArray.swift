/// The contents of an IDX file: a shape and the elements, row-major.
public struct IDXArray: Sendable, Equatable {
  public let elementType: IDXElementType
  /// The sizes from the header, outermost first; for images `[count, rows, columns]`.
  public let dimensions: [Int]
  /// The elements as stored in the file (big-endian for multi-byte types).
  public let bytes: [UInt8]

  public init(elementType: IDXElementType, dimensions: [Int], bytes: [UInt8]) {
    precondition(
      bytes.count == dimensions.reduce(elementType.byteCount, *),
      "IDXArray.init: \(bytes.count) bytes for dimensions \(dimensions) of \(elementType)")
    self.elementType = elementType
    self.dimensions = dimensions
    self.bytes = bytes
  }

  /// The number of items along the first dimension, e.g. the number of images.
  public var count: Int { dimensions.first ?? 0 }
}
