import MNBData

/// Reads Netpbm pictures: PGM (P2 text, P5 binary) and PPM (P3 text, P6 binary), any maxval
/// from 1 to 65535, with `#` comments in the header (and between text samples).
enum PNMDecoder {
  static func canDecode(_ bytes: [UInt8]) -> Bool {
    bytes.count >= 2 && bytes[0] == UInt8(ascii: "P") && Array("2356".utf8).contains(bytes[1])
  }

  static func decode(
    _ bytes: [UInt8], file: String, memoryLimit: MemoryBudget = .current
  ) throws(ImageError) -> GrayImage {
    var reader = PNMReader(bytes: bytes, offset: 2, file: file)
    let kind = bytes[1]
    let channels = kind == UInt8(ascii: "3") || kind == UInt8(ascii: "6") ? 3 : 1
    let isText = kind == UInt8(ascii: "2") || kind == UInt8(ascii: "3")

    let width = try reader.number(naming: "the width")
    let height = try reader.number(naming: "the height")
    let maximum = try reader.number(naming: "the maximum value")
    guard width > 0, height > 0 else {
      throw .badPNM(file: file, reason: "the size \(width)x\(height) is not allowed")
    }
    guard (1...65535).contains(maximum) else {
      throw .badPNM(file: file, reason: "maximum value \(maximum) is not between 1 and 65535")
    }
    try ImageSizeLimit.check(width: width, height: height, file: file)
    let count = width * height * channels
    try ImageSizeLimit.checkMemory(
      MemoryBudget.product(count, MemoryLayout<Int>.stride),
      claim: "the header claims a \(width)x\(height) picture of \(count) samples",
      file: file, memoryLimit: memoryLimit)
    try ImageSizeLimit.checkLuminance(
      width: width, height: height, file: file, memoryLimit: memoryLimit)

    let samples =
      isText
      ? try reader.textSamples(count, maximum: maximum)
      : try reader.binarySamples(count, wide: maximum > 255)
    return picture(samples, width: width, height: height, channels: channels, maximum: maximum)
  }

  private static func picture(
    _ samples: [Int], width: Int, height: Int, channels: Int, maximum: Int
  ) -> GrayImage {
    let scale = 1 / Float(maximum)
    let luminance = (0..<width * height).map { pixel in
      let first = pixel * channels
      let value =
        channels == 1
        ? Float(min(samples[first], maximum))
        : PNGColours.luma(
          Float(min(samples[first], maximum)), Float(min(samples[first + 1], maximum)),
          Float(min(samples[first + 2], maximum)))
      return value * scale
    }
    return GrayImage(width: width, height: height, luminance: luminance)
  }
}

/// A cursor over a Netpbm file's bytes.
struct PNMReader {
  let bytes: [UInt8]
  var offset: Int
  let file: String

  /// Numbers are bounded well below overflow: nothing legal needs more than 9 digits.
  private static let maximumDigits = 9

  /// The next decimal number after whitespace and comments.
  mutating func number(naming what: String) throws(ImageError) -> Int {
    skipSpaceAndComments()
    var value = 0
    var digits = 0
    while offset < bytes.count, (0x30...0x39).contains(bytes[offset]) {
      guard digits < Self.maximumDigits else {
        throw .badPNM(file: file, reason: "\(what) has too many digits")
      }
      value = value * 10 + Int(bytes[offset] - 0x30)
      digits += 1
      offset += 1
    }
    guard digits > 0 else {
      if offset >= bytes.count { throw .truncated(file: file, reading: what) }
      throw .badPNM(file: file, reason: "expected \(what) at byte \(offset)")
    }
    return value
  }

  private mutating func skipSpaceAndComments() {
    while offset < bytes.count {
      switch bytes[offset] {
      case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C:
        offset += 1
      case UInt8(ascii: "#"):
        while offset < bytes.count, bytes[offset] != 0x0A, bytes[offset] != 0x0D { offset += 1 }
      default:
        return
      }
    }
  }

  mutating func textSamples(_ count: Int, maximum: Int) throws(ImageError) -> [Int] {
    var samples: [Int] = []
    samples.reserveCapacity(min(count, bytes.count / 2 + 1))
    for index in 0..<count {
      let value = try number(naming: "sample \(index) of \(count)")
      guard value <= maximum else {
        throw .badPNM(file: file, reason: "sample \(index) is \(value), above \(maximum)")
      }
      samples.append(value)
    }
    return samples
  }

  /// After the maximum value comes exactly one whitespace byte, then the samples.
  mutating func binarySamples(_ count: Int, wide: Bool) throws(ImageError) -> [Int] {
    let size = wide ? 2 : 1
    let available = bytes.count - offset - 1
    guard available >= count * size else {
      throw .tooLittleData(file: file, expected: count * size, found: max(0, available))
    }
    let start = offset + 1
    return (0..<count).map { index in
      wide
        ? Int(bytes[start + 2 * index]) << 8 | Int(bytes[start + 2 * index + 1])
        : Int(bytes[start + index])
    }
  }
}
