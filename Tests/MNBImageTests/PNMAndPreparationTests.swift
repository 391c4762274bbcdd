import Foundation
import Testing

@testable import MNBImage

@Suite struct PNMTests {
  @Test func textGrayWithComments() throws {
    let text = "P2\n# made by hand\n3 2 # size\n10\n0 5 10\n10 5 0\n"
    let image = try PictureFile.decode(Array(text.utf8), file: "a.pgm")
    #expect(image.width == 3 && image.height == 2)
    #expect(image.luminance == [0, 0.5, 1, 1, 0.5, 0])
  }

  @Test func binaryGrayAtEightAndSixteenBits() throws {
    let narrow = Array("P5 2 1 255\n".utf8) + [0, 255]
    #expect(try PictureFile.decode(narrow, file: "b.pgm").luminance == [0, 1])
    let wide = Array("P5\n2 1\n65535\n".utf8) + [0x80, 0x00, 0xFF, 0xFF]
    let image = try PictureFile.decode(wide, file: "c.pgm")
    #expect(abs(image.luminance[0] - 32768 / 65535) < 1e-6 && image.luminance[1] == 1)
  }

  @Test func colourPPMInTextAndBinary() throws {
    let text = try PictureFile.decode(Array("P3 1 1 255 255 0 0".utf8), file: "d.ppm")
    let binary = try PictureFile.decode(Array("P6 1 1 255 ".utf8) + [255, 0, 0], file: "e.ppm")
    #expect(abs(text.luminance[0] - 0.299) < 1e-6)
    #expect(text == binary)
  }

  @Test func damagedHeadersAndShortData() {
    let cases: [(String, [UInt8], ImageError)] = [
      (
        "f.pgm", Array("P5 2 2 255\n".utf8) + [1, 2],
        .tooLittleData(file: "f.pgm", expected: 4, found: 2)
      ),
      (
        "g.pgm", Array("P2 2 1 0\n".utf8),
        .badPNM(file: "g.pgm", reason: "maximum value 0 is not between 1 and 65535")
      ),
      ("h.pgm", Array("P2 2 1 9\n1".utf8), .truncated(file: "h.pgm", reading: "sample 1 of 2")),
      (
        "i.pgm", Array("P2 2 1 9\n1 12".utf8),
        .badPNM(file: "i.pgm", reason: "sample 1 is 12, above 9")
      ),
      (
        "j.pgm", Array("P5 99999999999 1 255\n".utf8),
        .badPNM(file: "j.pgm", reason: "the width has too many digits")
      ),
    ]
    for (file, bytes, expected) in cases {
      #expect(throws: expected) { try PictureFile.decode(bytes, file: file) }
    }
  }
}

@Suite struct PreparationTests {
  /// A white canvas with a dark `blobWidth` x `blobHeight` rectangle at (left, top).
  private func canvas(
    width: Int, height: Int, left: Int, top: Int, blobWidth: Int, blobHeight: Int
  ) -> GrayImage {
    let values = (0..<width * height).map { index -> Float in
      let (x, y) = (index % width, index / width)
      let inside = (left..<left + blobWidth).contains(x) && (top..<top + blobHeight).contains(y)
      return inside ? 0.1 : 0.95
    }
    return GrayImage(width: width, height: height, luminance: values)
  }

  private func centreOfMass(_ pixels: [UInt8], side: Int) -> (Double, Double) {
    var (total, sumX, sumY) = (0.0, 0.0, 0.0)
    for (index, value) in pixels.enumerated() {
      total += Double(value)
      sumX += Double(value) * (Double(index % side) + 0.5)
      sumY += Double(value) * (Double(index / side) + 0.5)
    }
    return (sumX / total, sumY / total)
  }

  private func inkBox(_ pixels: [UInt8], side: Int) -> (width: Int, height: Int) {
    let lit = pixels.indices.filter { pixels[$0] > 0 }
    let xs = lit.map { $0 % side }
    let ys = lit.map { $0 / side }
    return (xs.max()! - xs.min()! + 1, ys.max()! - ys.min()! + 1)
  }

  @Test func anOffCentreBlobOnLightPaperLandsCentredAndBright() throws {
    let picture = canvas(width: 120, height: 90, left: 5, top: 60, blobWidth: 20, blobHeight: 10)
    let prepared = try DigitPreparation.prepare(picture, side: 28, file: "blob.png")

    #expect(prepared.count == 784)
    #expect(prepared[0] == 0 && prepared.max() == 255)
    let (x, y) = centreOfMass(prepared, side: 28)
    #expect(abs(x - 14) <= 0.5 && abs(y - 14) <= 0.5, "centre of mass at \(x), \(y)")
    #expect(inkBox(prepared, side: 28) == (20, 10))
  }

  @Test func aTallShapeKeepsItsAspectOnDarkPaper() throws {
    let light = canvas(width: 50, height: 200, left: 20, top: 10, blobWidth: 10, blobHeight: 160)
    let dark = GrayImage(width: 50, height: 200, luminance: light.luminance.map { 1 - $0 })
    let prepared = try DigitPreparation.prepare(dark, side: 28, file: "tall.png")
    #expect(inkBox(prepared, side: 28) == (1, 20) || inkBox(prepared, side: 28) == (2, 20))
    #expect(try DigitPreparation.prepare(light, side: 28, file: "tall.png") == prepared)
  }

  @Test func otherModelSidesUseAProportionalBox() throws {
    let picture = canvas(width: 64, height: 64, left: 10, top: 10, blobWidth: 30, blobHeight: 30)
    let prepared = try DigitPreparation.prepare(picture, side: 14, file: "s.png")
    #expect(prepared.count == 196)
    #expect(inkBox(prepared, side: 14) == (10, 10))
  }

  @Test func aBlankPictureIsAnError() {
    let blank = GrayImage(width: 10, height: 10, luminance: Array(repeating: 0.9, count: 100))
    #expect(throws: ImageError.blank(file: "x.png")) {
      try DigitPreparation.prepare(blank, side: 28, file: "x.png")
    }
    #expect(
      ImageError.blank(file: "x.png").description == "x.png: no digit found: the picture is blank")
  }
}

@Suite struct PictureFileTests {
  @Test func readsByContentNotNameAndRefusesFolders() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let png = PNGWriter(width: 2, height: 1, depth: 8, colourType: 0, samples: [0, 255])
    let file = try folder.write(png.encoded(), to: "really-a-png.pgm")
    #expect(try PictureFile.read(file, displayPath: "p").luminance == [0, 1])
    #expect(throws: ImageError.notAFile(file: "dir")) {
      try PictureFile.read(folder.url, displayPath: "dir")
    }
    #expect(throws: ImageError.unreadable(file: "none.png", reason: "no such file")) {
      try PictureFile.read(folder.url.appendingPathComponent("none.png"), displayPath: "none.png")
    }
  }

  /// A PNG made by Python's zlib and struct modules, an encoder independent of the tests'.
  @Test func readsAPNGMadeByPython() throws {
    let script = """
      import struct, zlib, sys
      w, h = 7, 5
      rows = b"".join(b"\\x00" + bytes((x * 30 + y * 7) % 256 for x in range(w)) for y in range(h))
      def chunk(t, d):
          return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))
      head = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
      png = b"\\x89PNG\\r\\n\\x1a\\n" + chunk(b"IHDR", head)
      png += chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")
      sys.stdout.buffer.write(png)
      """
    let image = try PictureFile.decode(
      try ExternalEncoder.output(of: "/usr/bin/python3", ["-c", script]), file: "python.png")
    #expect(image.width == 7 && image.height == 5)
    for y in 0..<5 {
      for x in 0..<7 { #expect(image[x, y] == Float((x * 30 + y * 7) % 256) / 255) }
    }
  }

  /// A black square on white drawn by gnuplot's cairo terminal, which filters and compresses
  /// as real tools do.
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/gnuplot")))
  func readsAndPreparesAPNGMadeByCairo() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let file = folder.url.appendingPathComponent("square.png")
    let script = """
      set terminal pngcairo size 200,160 background "white"; set output "\(file.path)"
      unset border; unset tics; unset key; set yrange [0:1]
      set object 1 rect from screen 0.1,0.5 to screen 0.3,0.9 fc rgb "black" fs solid noborder
      plot -1
      """
    let oneLine = script.split(separator: "\n").joined(separator: "; ")
    _ = try ExternalEncoder.output(of: "/usr/bin/gnuplot", ["-e", oneLine])

    let image = try PictureFile.read(file, displayPath: "square.png")
    #expect(image.width == 200 && image.height == 160)
    #expect(image[40, 48] < 0.05 && image[150, 120] > 0.95)
    let prepared = try DigitPreparation.prepare(image, side: 28, file: "square.png")
    #expect(prepared[14 * 28 + 14] == 255 && prepared[2 * 28 + 2] == 0)
  }
}

/// Runs a program that writes a picture and returns what it wrote to standard output.
enum ExternalEncoder {
  static func output(of program: String, _ arguments: [String]) throws -> [UInt8] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0, "\(program) failed")
    return Array(data)
  }
}
