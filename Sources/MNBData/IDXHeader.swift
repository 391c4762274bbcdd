import Foundation

/// A checked IDX header: the element type, the dimensions and the size of the data they claim.
struct IDXHeader: Equatable {
  let elementType: IDXElementType
  let dimensions: [Int]

  /// The length of the header itself: magic plus one 32-bit size per dimension.
  var byteCount: Int { 4 + 4 * dimensions.count }

  /// The length of the data after the header; checked not to overflow when the header was read.
  var payloadByteCount: Int { dimensions.reduce(elementType.byteCount, *) }

  /// Reads and checks a header from `source`, before any payload memory is allocated.
  ///
  /// - Parameter fileSize: the total length of an uncompressed file, to check the claimed size
  ///   against; nil for a compressed one, whose length is only known after reading it.
  static func read(
    from source: some ByteSource, url: URL, kind: IDXFileKind?, fileSize: Int?,
    maximumBytes: Int
  ) throws(IDXError) -> IDXHeader {
    let magic = try readHeaderBytes(4, after: 0, from: source, url: url)
    let elementType = try checkMagic(magic, url: url)
    let dimensionCount = Int(magic[3])
    try checkDimensionCount(dimensionCount, url: url, kind: kind)

    let sizeBytes = try readHeaderBytes(4 * dimensionCount, after: 4, from: source, url: url)

    let claim = SizeClaim(
      elementType: elementType, sizeBytes: sizeBytes, fileSize: fileSize,
      maximumBytes: maximumBytes)
    try claim.check(url: url)
    return IDXHeader(elementType: elementType, dimensions: claim.dimensions)
  }

  /// Reads `count` header bytes that follow `offset` bytes already read, or throws
  /// `headerCutShort` when the file, compressed or not, ends first.
  private static func readHeaderBytes(
    _ count: Int, after offset: Int, from source: some ByteSource, url: URL
  ) throws(IDXError) -> [UInt8] {
    let bytes: [UInt8]
    do {
      bytes = try source.readBytes(upTo: count)
    } catch .gzipCutShort(_, let decompressedBytes) {
      throw .headerCutShort(url, expected: offset + count, found: decompressedBytes)
    }

    guard bytes.count == count else {
      throw .headerCutShort(url, expected: offset + count, found: offset + bytes.count)
    }
    return bytes
  }

  private static func checkMagic(_ magic: [UInt8], url: URL) throws(IDXError) -> IDXElementType {
    guard magic[0] == 0, magic[1] == 0 else {
      let looksSwapped =
        magic[2] == 0 && magic[3] == 0 && magic[0] != 0
        && IDXElementType(rawValue: magic[1]) != nil
      throw looksSwapped ? .byteSwappedHeader(url) : .badMagic(url, found: magic)
    }

    guard let type = IDXElementType(rawValue: magic[2]) else {
      throw .unknownType(url, code: magic[2])
    }
    guard type == .unsignedByte else { throw .unsupportedType(url, type) }
    return type
  }

  private static func checkDimensionCount(
    _ count: Int, url: URL, kind: IDXFileKind?
  ) throws(IDXError) {
    if let kind, count != kind.dimensionCount {
      throw .wrongDimensionCount(url, expected: kind, found: count)
    }
    if count == 0 { throw .wrongDimensionCount(url, expected: nil, found: 0) }
  }
}
