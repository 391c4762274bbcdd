import Foundation

/// Builds small valid PNG files byte by byte: 8-bit RGB, no compression, so tests need no
/// image library and no fixture files.
enum TinyPNG {
  /// A `width` × `height` picture filled with one colour.
  static func make(width: Int, height: Int, red: UInt8, green: UInt8, blue: UInt8) -> Data {
    var header = bigEndian(UInt32(width)) + bigEndian(UInt32(height))
    header += [8, 2, 0, 0, 0]

    let pixel: [UInt8] = [red, green, blue]
    let row: [UInt8] = [0] + Array(repeating: pixel, count: width).flatMap { $0 }
    let pixels: [UInt8] = Array(repeating: row, count: height).flatMap { $0 }

    var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    png += chunk("IHDR", header) + chunk("IDAT", storedZlib(pixels)) + chunk("IEND", [])
    return Data(png)
  }

  private static func chunk(_ type: String, _ body: [UInt8]) -> [UInt8] {
    let typed = Array(type.utf8) + body
    return bigEndian(UInt32(body.count)) + typed + bigEndian(crc32(typed))
  }

  /// A zlib stream holding `bytes` in one stored (uncompressed) deflate block.
  private static func storedZlib(_ bytes: [UInt8]) -> [UInt8] {
    let length = UInt16(bytes.count)
    let lengths = [
      UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8),
    ]
    return [0x78, 0x01, 0x01] + lengths + bytes + bigEndian(adler32(bytes))
  }

  private static func crc32(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return ~crc
  }

  private static func adler32(_ bytes: [UInt8]) -> UInt32 {
    var a: UInt32 = 1
    var b: UInt32 = 0
    for byte in bytes {
      a = (a + UInt32(byte)) % 65521
      b = (b + a) % 65521
    }
    return b << 16 | a
  }

  private static func bigEndian(_ value: UInt32) -> [UInt8] {
    [24, 16, 8, 0].map { UInt8((value >> $0) & 0xFF) }
  }
}
