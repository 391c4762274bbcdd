import Foundation

/// Digits drawn the way a person draws them with a thick pen: black strokes along polylines
/// on a white canvas, with anti-aliased edges, saved as 8-bit gray PNG.
struct PenDrawing {
  var side = 200
  var penRadius = 9.0
  var strokes: [[(Double, Double)]]

  /// Luminance bytes, row-major: 255 paper, 0 ink.
  var pixels: [UInt8] {
    (0..<side * side).map { index in
      let point = (Double(index % side) + 0.5, Double(index / side) + 0.5)
      let distance = strokes.flatMap(segments).map { Self.distance(point, $0) }.min() ?? 1e9
      let coverage = min(1, max(0, penRadius + 0.5 - distance))
      return UInt8((255 * (1 - coverage)).rounded())
    }
  }

  private func segments(_ stroke: [(Double, Double)]) -> [((Double, Double), (Double, Double))] {
    zip(stroke, stroke.dropFirst()).map { ($0, $1) }
  }

  private static func distance(
    _ p: (Double, Double), _ segment: ((Double, Double), (Double, Double))
  ) -> Double {
    let (a, b) = segment
    let (dx, dy) = (b.0 - a.0, b.1 - a.1)
    let length = dx * dx + dy * dy
    let t = length == 0 ? 0 : max(0, min(1, ((p.0 - a.0) * dx + (p.1 - a.1) * dy) / length))
    let (x, y) = (a.0 + t * dx - p.0, a.1 + t * dy - p.1)
    return (x * x + y * y).squareRoot()
  }

  static let seven = PenDrawing(strokes: [[(50, 40), (150, 40), (85, 170)]])
  static let one = PenDrawing(strokes: [[(85, 50), (105, 30), (105, 170)]])
  static let zero = PenDrawing(
    strokes: [
      (0...24).map { step in
        let angle = Double(step) / 24 * 2 * Double.pi
        return (100 + 45 * cos(angle), 100 + 65 * sin(angle))
      }
    ])

  /// The drawing as a PNG file: gray, 8 bits, no filter, zlib stored blocks.
  var png: Data {
    let rows = (0..<side).flatMap { row in [0] + pixels[row * side..<(row + 1) * side] }
    var header = Self.bigEndian(UInt32(side)) + Self.bigEndian(UInt32(side))
    header += [8, 0, 0, 0, 0]
    let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    let body =
      Self.chunk("IHDR", header) + Self.chunk("IDAT", Self.storedZlib(rows))
      + Self.chunk("IEND", [])
    return Data(signature + body)
  }

  private static func storedZlib(_ bytes: [UInt8]) -> [UInt8] {
    var stream: [UInt8] = [0x78, 0x01]
    var start = 0
    repeat {
      let count = min(65535, bytes.count - start)
      let isLast: UInt8 = start + count == bytes.count ? 1 : 0
      let length = UInt16(count)
      stream += [isLast, UInt8(length & 0xFF), UInt8(length >> 8)]
      stream += [UInt8(~length & 0xFF), UInt8(~length >> 8)]
      stream += bytes[start..<start + count]
      start += count
    } while start < bytes.count
    var (a, b): (UInt32, UInt32) = (1, 0)
    for byte in bytes {
      a = (a + UInt32(byte)) % 65521
      b = (b + a) % 65521
    }
    return stream + bigEndian(b << 16 | a)
  }

  private static func chunk(_ type: String, _ body: [UInt8]) -> [UInt8] {
    let typed = Array(type.utf8) + body
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in typed {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return bigEndian(UInt32(body.count)) + typed + bigEndian(~crc)
  }

  private static func bigEndian(_ value: UInt32) -> [UInt8] {
    [24, 16, 8, 0].map { UInt8((value >> $0) & 0xFF) }
  }
}
