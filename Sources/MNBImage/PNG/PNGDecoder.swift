import MNBData

/// Reads a PNG file's bytes into a grayscale picture.
///
/// Every colour type at every legal depth, tRNS transparency, and Adam7 interlacing; alpha
/// is composited over white. Chunk CRCs are checked; ancillary chunks mnb does not use are
/// skipped.
enum PNGDecoder {
  static func decode(
    _ bytes: [UInt8], file: String, memoryLimit: MemoryBudget = .current
  ) throws(ImageError) -> GrayImage {
    guard bytes.starts(with: PNGChunk.signature) else {
      throw .unknownFormat(file: file)
    }
    let chunks = try PNGChunk.chunks(of: bytes, file: file)
    guard let first = chunks.first, first.type == "IHDR" else {
      throw .missingChunk(file: file, chunk: "IHDR")
    }
    let header = try PNGHeader(first.data, file: file)
    try ImageSizeLimit.check(width: header.width, height: header.height, file: file)

    let parts = try imageParts(chunks, file: file)
    let colours = try PNGColours(
      header: header, palette: chunks.first { $0.type == "PLTE" }?.data,
      transparency: chunks.first { $0.type == "tRNS" }?.data, file: file)
    let passes =
      header.isInterlaced
      ? PNGPass.adam7(width: header.width, height: header.height)
      : PNGPass.whole(width: header.width, height: header.height)
    let expected = passes.reduce(0) { $0 + $1.height * (1 + header.rowBytes(width: $1.width)) }
    try ImageSizeLimit.checkMemory(
      expected, claim: header.claim + ", decompressed", file: file, memoryLimit: memoryLimit)
    try ImageSizeLimit.checkLuminance(
      width: header.width, height: header.height, file: file, memoryLimit: memoryLimit)
    var data = try inflate(parts, expected: expected, file: file)
    return try picture(from: &data, passes: passes, header: header, colours: colours, file: file)
  }

  /// The IDAT chunks' data, after checking the chunk order the decoder relies on.
  private static func imageParts(_ chunks: [PNGChunk], file: String) throws(ImageError)
    -> [ArraySlice<UInt8>]
  {
    var parts: [ArraySlice<UInt8>] = []
    for chunk in chunks.dropFirst() {
      switch chunk.type {
      case "IDAT": parts.append(chunk.data)
      case "IHDR": throw .misplacedChunk(file: file, chunk: "IHDR", reason: "a second header")
      case "PLTE" where !parts.isEmpty:
        throw .misplacedChunk(file: file, chunk: "PLTE", reason: "it comes after IDAT")
      case "PLTE", "IEND": break
      default:
        if chunk.isCritical { throw .unknownCriticalChunk(file: file, chunk: chunk.type) }
      }
    }
    guard !parts.isEmpty else { throw .missingChunk(file: file, chunk: "IDAT") }
    return parts
  }

  /// The decompressed, still filtered data: exactly the bytes the passes need.
  private static func inflate(
    _ parts: [ArraySlice<UInt8>], expected: Int, file: String
  ) throws(ImageError) -> [UInt8] {
    // Deflate expands a byte to at most 1032, so a header claiming far more than the chunks
    // can hold gets a buffer the size of what they can.
    let compressed = parts.reduce(0) { $0 + $1.count }
    let reachable = MemoryBudget.product(compressed, 1032) ?? expected
    let data: [UInt8]
    do {
      data = try Zlib.inflate(parts, limit: min(expected, reachable))
    } catch .damaged(let reason) {
      throw .inflateFailed(file: file, reason: reason)
    } catch {
      throw .unreadable(file: file, reason: "out of memory while decompressing")
    }
    guard data.count == expected else {
      throw .tooLittleData(file: file, expected: expected, found: data.count)
    }
    return data
  }

  private static func picture(
    from data: inout [UInt8], passes: [PNGPass], header: PNGHeader, colours: PNGColours,
    file: String
  ) throws(ImageError) -> GrayImage {
    var luminance = [Float](repeating: 1, count: header.width * header.height)
    var start = 0
    for pass in passes {
      let rowBytes = header.rowBytes(width: pass.width)
      try PNGFilter.unfilter(
        &data, start: start, rowCount: pass.height, rowBytes: rowBytes,
        bytesPerPixel: max(1, header.bitsPerPixel / 8), file: file)
      for y in 0..<pass.height {
        let row = start + y * (rowBytes + 1) + 1
        let outputRow = (pass.yStart + y * pass.yStep) * header.width
        for x in 0..<pass.width {
          luminance[outputRow + pass.xStart + x * pass.xStep] = try colours.luminance(
            ofPixel: x, in: data, row: row, file: file)
        }
      }
      start += pass.height * (rowBytes + 1)
    }
    return GrayImage(width: header.width, height: header.height, luminance: luminance)
  }
}
