import CZlib
import Foundation

/// Encodes PNG files for the tests: any colour type and depth, a chosen filter on every row,
/// compressed with zlib, optionally Adam7-interlaced; no image library needed.
struct PNGWriter {
  var width: Int
  var height: Int
  var depth: Int
  var colourType: Int
  /// Samples row-major, `channels` per pixel, each below 2^depth.
  var samples: [Int]
  var filter: UInt8 = 0
  var interlaced = false
  var palette: [UInt8]? = nil
  var transparency: [UInt8]? = nil

  var channels: Int { [0: 1, 2: 3, 3: 1, 4: 2, 6: 4][colourType]! }

  func encoded() -> [UInt8] {
    var header = Self.bigEndian(UInt32(width)) + Self.bigEndian(UInt32(height))
    header += [UInt8(depth), UInt8(colourType), 0, 0, interlaced ? 1 : 0]
    var png = Self.signature + Self.chunk("IHDR", header)
    if let palette { png += Self.chunk("PLTE", palette) }
    if let transparency { png += Self.chunk("tRNS", transparency) }
    png += Self.chunk("IDAT", Self.compressed(filteredData()))
    return png + Self.chunk("IEND", [])
  }

  static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

  private func filteredData() -> [UInt8] {
    guard interlaced else { return filtered(pixels: allPixels(), width: width, height: height) }
    let layout = [
      (0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2),
      (0, 1, 1, 2),
    ]
    var data: [UInt8] = []
    for (x0, y0, dx, dy) in layout {
      let xs = Array(stride(from: x0, to: width, by: dx))
      let ys = Array(stride(from: y0, to: height, by: dy))
      guard !xs.isEmpty, !ys.isEmpty else { continue }
      let pixels = ys.flatMap { y in xs.map { x in pixel(x, y) } }
      data += filtered(pixels: pixels, width: xs.count, height: ys.count)
    }
    return data
  }

  private func allPixels() -> [[Int]] {
    (0..<height).flatMap { y in (0..<width).map { x in pixel(x, y) } }
  }

  private func pixel(_ x: Int, _ y: Int) -> [Int] {
    let start = (y * width + x) * channels
    return Array(samples[start..<start + channels])
  }

  /// Rows of packed samples, each filtered with `filter` and led by its filter byte.
  private func filtered(pixels: [[Int]], width: Int, height: Int) -> [UInt8] {
    let rows = (0..<height).map { y in packed(Array(pixels[y * width..<(y + 1) * width])) }
    let distance = max(1, depth * channels / 8)
    var data: [UInt8] = []
    for (index, row) in rows.enumerated() {
      let above = index == 0 ? [UInt8](repeating: 0, count: row.count) : rows[index - 1]
      data.append(filter)
      for i in row.indices {
        let a = i >= distance ? row[i - distance] : 0
        let c = i >= distance ? above[i - distance] : 0
        data.append(row[i] &- Self.predictor(filter, a: a, b: above[i], c: c))
      }
    }
    return data
  }

  private func packed(_ pixels: [[Int]]) -> [UInt8] {
    let values = pixels.flatMap { $0 }
    if depth == 16 { return values.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] } }
    if depth == 8 { return values.map { UInt8($0) } }
    var bytes = [UInt8](repeating: 0, count: (values.count * depth + 7) / 8)
    for (index, value) in values.enumerated() {
      let bit = index * depth
      bytes[bit / 8] |= UInt8(value << (8 - depth - bit % 8))
    }
    return bytes
  }

  private static func predictor(_ filter: UInt8, a: UInt8, b: UInt8, c: UInt8) -> UInt8 {
    switch filter {
    case 1: return a
    case 2: return b
    case 3: return UInt8((Int(a) + Int(b)) / 2)
    case 4:
      let p = Int(a) + Int(b) - Int(c)
      let (pa, pb, pc) = (abs(p - Int(a)), abs(p - Int(b)), abs(p - Int(c)))
      return pa <= pb && pa <= pc ? a : (pb <= pc ? b : c)
    default: return 0
    }
  }

  static func chunk(_ type: String, _ body: [UInt8]) -> [UInt8] {
    let typed = Array(type.utf8) + body
    let crc = typed.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, UInt32($0.count))) }
    return bigEndian(UInt32(body.count)) + typed + bigEndian(crc)
  }

  static func compressed(_ bytes: [UInt8]) -> [UInt8] {
    var size = compressBound(UInt(bytes.count))
    var output = [UInt8](repeating: 0, count: Int(size))
    let status = compress2(&output, &size, bytes, UInt(bytes.count), 9)
    precondition(status == Z_OK, "compress2 failed with \(status)")
    return Array(output[0..<Int(size)])
  }

  static func bigEndian(_ value: UInt32) -> [UInt8] {
    [24, 16, 8, 0].map { UInt8((value >> $0) & 0xFF) }
  }
}

/// A temporary folder removed when the test ends.
struct TemporaryFolder {
  let url = FileManager.default.temporaryDirectory
    .appendingPathComponent("mnb-image-\(UUID().uuidString)")

  init() throws {
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  func remove() { try? FileManager.default.removeItem(at: url) }

  @discardableResult
  func write(_ bytes: [UInt8], to name: String) throws -> URL {
    let file = url.appendingPathComponent(name)
    try Data(bytes).write(to: file)
    return file
  }
}
