import Foundation
import Testing

@testable import MNBImage

@Suite struct PNGDecodingTests {
  private func decode(_ writer: PNGWriter) throws -> GrayImage {
    try PictureFile.decode(writer.encoded(), file: "t.png")
  }

  private func expectClose(_ image: GrayImage, _ expected: [Float], tolerance: Float = 1e-3) {
    #expect(image.luminance.count == expected.count)
    for (found, wanted) in zip(image.luminance, expected) {
      #expect(abs(found - wanted) <= tolerance, "found \(image.luminance), expected \(expected)")
    }
  }

  /// A 5x3 ramp of gray levels in `depth` bits, different on every pixel where the depth
  /// allows, so a filter or packing mistake shows.
  private static func ramp(depth: Int) -> [Int] {
    let maximum = (1 << depth) - 1
    return (0..<15).map { ($0 * 7919) % (maximum + 1) }
  }

  @Test(arguments: [1, 2, 4, 8, 16])
  func grayAtEveryDepth(depth: Int) throws {
    let samples = Self.ramp(depth: depth)
    let image = try decode(
      PNGWriter(width: 5, height: 3, depth: depth, colourType: 0, samples: samples))
    #expect(image.width == 5 && image.height == 3)
    expectClose(image, samples.map { Float($0) / Float((1 << depth) - 1) }, tolerance: 1e-6)
  }

  @Test(arguments: [UInt8(0), 1, 2, 3, 4])
  func everyFilterTypeOnEightAndSixteenBitRGB(filter: UInt8) throws {
    for depth in [8, 16] {
      let maximum = (1 << depth) - 1
      let samples = (0..<(6 * 4 * 3)).map { ($0 * 40503 + 17) % (maximum + 1) }
      var writer = PNGWriter(width: 6, height: 4, depth: depth, colourType: 2, samples: samples)
      writer.filter = filter
      let expected = (0..<24).map { pixel in
        (0.299 * Float(samples[3 * pixel]) + 0.587 * Float(samples[3 * pixel + 1])
          + 0.114 * Float(samples[3 * pixel + 2])) / Float(maximum)
      }
      expectClose(try decode(writer), expected)
    }
  }

  @Test(arguments: [UInt8(1), 3, 4])
  func filtersOnPackedGrayUseAByteToTheLeft(filter: UInt8) throws {
    var writer = PNGWriter(
      width: 5, height: 3, depth: 2, colourType: 0, samples: Self.ramp(depth: 2))
    writer.filter = filter
    expectClose(try decode(writer), Self.ramp(depth: 2).map { Float($0) / 3 }, tolerance: 1e-6)
  }

  @Test func alphaIsCompositedOverWhite() throws {
    // Black at full, half and no opacity; then gray 0.4 at full opacity.
    let rgba = [0, 0, 0, 255, 0, 0, 0, 128, 0, 0, 0, 0, 102, 102, 102, 255]
    expectClose(
      try decode(PNGWriter(width: 4, height: 1, depth: 8, colourType: 6, samples: rgba)),
      [0, 1 - 128 / 255, 1, 0.4])
    let grayAlpha = [0, 65535, 0, 32768, 0, 0]
    expectClose(
      try decode(PNGWriter(width: 3, height: 1, depth: 16, colourType: 4, samples: grayAlpha)),
      [0, 1 - 32768 / 65535, 1])
  }

  @Test func paletteWithTransparency() throws {
    var writer = PNGWriter(width: 4, height: 1, depth: 2, colourType: 3, samples: [0, 1, 2, 1])
    writer.palette = [255, 255, 255, 0, 0, 0, 255, 0, 0]
    writer.transparency = [255, 0]
    // Entry 1 is black but fully transparent, so it shows the white beneath.
    expectClose(try decode(writer), [1, 1, 0.299, 1])
  }

  @Test func grayTransparencyKeyShowsWhite() throws {
    var writer = PNGWriter(width: 3, height: 1, depth: 8, colourType: 0, samples: [0, 10, 20])
    writer.transparency = [0, 10]
    expectClose(try decode(writer), [0, 1, 20 / 255])
  }

  @Test func adam7InterlacedPicturesMatchTheirPlainTwins() throws {
    for (width, height) in [(1, 1), (3, 2), (9, 11), (17, 5)] {
      let samples = (0..<width * height).map { ($0 * 37 + 11) % 256 }
      var writer = PNGWriter(
        width: width, height: height, depth: 8, colourType: 0, samples: samples)
      let plain = try decode(writer)
      writer.interlaced = true
      writer.filter = 4
      #expect(try decode(writer) == plain, "\(width)x\(height)")
    }
  }
}

@Suite struct PNGErrorTests {
  static let valid = PNGWriter(
    width: 4, height: 4, depth: 8, colourType: 0, samples: Array(repeating: 9, count: 16)
  ).encoded()

  private func error(_ bytes: [UInt8]) -> ImageError? {
    do {
      _ = try PictureFile.decode(bytes, file: "d.png")
      return nil
    } catch {
      return error
    }
  }

  @Test func aDamagedChunkIsNamedByItsCRC() {
    var bytes = Self.valid
    bytes[8 + 8 + 3] ^= 0x01  // inside IHDR's width
    #expect(error(bytes) == .badCRC(file: "d.png", chunk: "IHDR"))
    #expect(error(bytes)?.description == "d.png: bad CRC in chunk 'IHDR'; the file is damaged")
  }

  @Test func everyCutOfTheFileFailsWithoutATrap() {
    for length in 0..<Self.valid.count - 12 {
      #expect(error(Array(Self.valid.prefix(length))) != nil, "cut at \(length)")
    }
    #expect(
      error(Array(Self.valid.prefix(45)))
        == .truncated(file: "d.png", reading: "chunk 'IDAT'"))
  }

  @Test func aWrongSignatureIsNotAPicture() {
    var bytes = Self.valid
    bytes[1] = 0x51
    #expect(error(bytes) == .unknownFormat(file: "d.png"))
  }

  @Test func illegalDepthForColourType() {
    let png = PNGWriter(width: 1, height: 1, depth: 4, colourType: 2, samples: [1, 2, 3])
    #expect(error(png.encoded()) == .illegalDepth(file: "d.png", colourType: 2, depth: 4))
  }

  @Test func missingImageData() {
    let header = PNGWriter.bigEndian(3) + PNGWriter.bigEndian(3) + [8, 0, 0, 0, 0]
    let bytes = PNGWriter.signature + PNGWriter.chunk("IHDR", header) + PNGWriter.chunk("IEND", [])
    #expect(error(bytes) == .missingChunk(file: "d.png", chunk: "IDAT"))
    let headless = PNGWriter.signature + PNGWriter.chunk("IEND", [])
    #expect(error(headless) == .missingChunk(file: "d.png", chunk: "IHDR"))
  }

  @Test func tooLittleDataAfterInflating() {
    let header = PNGWriter.bigEndian(4) + PNGWriter.bigEndian(4) + [8, 0, 0, 0, 0]
    let data = PNGWriter.compressed([UInt8](repeating: 0, count: 12))
    let bytes =
      PNGWriter.signature + PNGWriter.chunk("IHDR", header) + PNGWriter.chunk("IDAT", data)
      + PNGWriter.chunk("IEND", [])
    #expect(error(bytes) == .tooLittleData(file: "d.png", expected: 20, found: 12))
  }

  @Test func damagedCompressedDataIsAnInflateFailure() {
    let header = PNGWriter.bigEndian(4) + PNGWriter.bigEndian(4) + [8, 0, 0, 0, 0]
    let bytes =
      PNGWriter.signature + PNGWriter.chunk("IHDR", header)
      + PNGWriter.chunk("IDAT", [0x78, 0x9C, 0xFF, 0xFF, 0xFF]) + PNGWriter.chunk("IEND", [])
    guard case .inflateFailed(let file, _) = error(bytes) else {
      Issue.record("expected an inflate failure, got \(String(describing: error(bytes)))")
      return
    }
    #expect(file == "d.png")
  }

  @Test func hugeClaimedSizesAreRefusedBeforeAllocating() {
    let header = PNGWriter.bigEndian(60_000) + PNGWriter.bigEndian(60_000) + [16, 6, 0, 0, 0]
    let bytes =
      PNGWriter.signature + PNGWriter.chunk("IHDR", header)
      + PNGWriter.chunk("IDAT", PNGWriter.compressed([0])) + PNGWriter.chunk("IEND", [])
    #expect(
      error(bytes)?.description
        == "d.png: the picture is 60000x60000, larger than 10000 pixels a side or 40 "
        + "megapixels; scale it down first")
  }

  @Test func aBadFilterTypeNamesTheRow() {
    let header = PNGWriter.bigEndian(2) + PNGWriter.bigEndian(2) + [8, 0, 0, 0, 0]
    let data = PNGWriter.compressed([0, 1, 2, 9, 1, 2])
    let bytes =
      PNGWriter.signature + PNGWriter.chunk("IHDR", header) + PNGWriter.chunk("IDAT", data)
      + PNGWriter.chunk("IEND", [])
    #expect(error(bytes) == .badFilter(file: "d.png", row: 1, filter: 9))
  }

  @Test func randomDamageNeverTraps() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2000 {
      var bytes = Self.valid
      for _ in 0..<Int.random(in: 1...4, using: &generator) {
        let index = Int.random(in: 8..<bytes.count, using: &generator)
        bytes[index] = UInt8.random(in: 0...255, using: &generator)
      }
      _ = error(bytes)
    }
  }
}
