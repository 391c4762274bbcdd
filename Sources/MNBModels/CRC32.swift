/// The CRC-32 of zlib, PNG and Python's `zlib.crc32` (reflected polynomial 0xEDB88320, initial
/// value and final XOR 0xFFFFFFFF), so a model file can be checked with tools outside mnb.
public enum CRC32 {
  /// The checksum of `bytes`; `checksum(of: "123456789".utf8)` is 0xCBF43926.
  public static func checksum<Bytes: Sequence>(of bytes: Bytes) -> UInt32
  where Bytes.Element == UInt8 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
      crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
    }
    return crc ^ 0xFFFF_FFFF
  }

  /// The checksum of each byte value, so the loop above takes a byte at a time, not a bit.
  private static let table: [UInt32] = (0..<256).map { index in
    var value = UInt32(index)
    for _ in 0..<8 {
      value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1
    }
    return value
  }
}
