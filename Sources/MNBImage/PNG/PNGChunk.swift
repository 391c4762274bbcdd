/// One chunk of a PNG file: its four-letter type and its data, CRC already checked.
struct PNGChunk {
  let type: String
  let data: ArraySlice<UInt8>

  /// A chunk whose type starts with a capital letter must be understood to show the picture.
  var isCritical: Bool { type.first?.isUppercase == true }

  static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

  /// The chunks after the signature, up to and including IEND (anything after it is ignored).
  static func chunks(of bytes: [UInt8], file: String) throws(ImageError) -> [PNGChunk] {
    var chunks: [PNGChunk] = []
    var offset = signature.count
    while chunks.last?.type != "IEND" {
      guard offset < bytes.count else {
        throw .missingChunk(file: file, chunk: chunks.isEmpty ? "IHDR" : "IEND")
      }
      let (chunk, next) = try read(at: offset, of: bytes, file: file)
      chunks.append(chunk)
      offset = next
    }
    return chunks
  }

  /// The chunk starting at `offset` and the offset after it.
  private static func read(at offset: Int, of bytes: [UInt8], file: String)
    throws(ImageError) -> (PNGChunk, Int)
  {
    guard bytes.count - offset >= 8 else { throw .truncated(file: file, reading: "a chunk header") }
    let length = Int(bigEndian(bytes, at: offset))
    let type = String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self)
    guard bytes[offset + 4..<offset + 8].allSatisfy(isLetter), length <= Int(Int32.max) else {
      throw .truncated(file: file, reading: "a chunk header (it does not look like one)")
    }
    guard bytes.count - offset - 12 >= length else {
      throw .truncated(file: file, reading: "chunk '\(type)'")
    }

    let end = offset + 8 + length
    let stored = bigEndian(bytes, at: end)
    guard Zlib.crc32(bytes[offset + 4..<end]) == stored else {
      throw .badCRC(file: file, chunk: type)
    }
    return (PNGChunk(type: type, data: bytes[offset + 8..<end]), end + 4)
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
  }

  static func bigEndian<Bytes: Collection>(_ bytes: Bytes, at offset: Bytes.Index) -> UInt32
  where Bytes.Element == UInt8, Bytes.Index == Int {
    (0..<4).reduce(0) { value, index in value << 8 | UInt32(bytes[offset + index]) }
  }
}
