import Foundation
import MNBData
import Testing

@testable import MNBImage

/// Every buffer a picture's header asks for is checked against the memory limit before it is
/// allocated, and the message names the claim, its size and the limit.
@Suite struct ImageMemoryLimitTests {
  private func limit(_ text: String) throws -> MemoryBudget {
    try MemoryBudget.fromEnvironment(["MNB_MEMORY_LIMIT": text])
  }

  private func message(decoding bytes: [UInt8], file: String, limit text: String) throws
    -> String
  {
    do {
      _ = try PictureFile.decode(bytes, file: file, memoryLimit: try limit(text))
      return "decoded"
    } catch let error as ImageError {
      return error.description
    }
  }

  @Test func aPNGsDecompressedDataOverTheLimitIsRefused() throws {
    let png = PNGWriter(
      width: 4, height: 4, depth: 16, colourType: 6, samples: Array(repeating: 0, count: 64))
    #expect(
      try message(decoding: png.encoded(), file: "t.png", limit: "100")
        == "t.png: the header claims a 4x4 picture of 4 channels at 16 bits, decompressed "
        + "(132 bytes), more than the memory limit of 100 bytes (MNB_MEMORY_LIMIT)")
  }

  @Test func aPNGsGreyLevelsOverTheLimitAreRefused() throws {
    let png = PNGWriter(
      width: 4, height: 4, depth: 8, colourType: 0, samples: Array(repeating: 0, count: 16))
    #expect(
      try message(decoding: png.encoded(), file: "t.png", limit: "50")
        == "t.png: the header claims a 4x4 picture, a Float per pixel once decoded (64 bytes), "
        + "more than the memory limit of 50 bytes (MNB_MEMORY_LIMIT)")
    #expect(try message(decoding: png.encoded(), file: "t.png", limit: "64") == "decoded")
  }

  @Test func aPGMsSamplesOverTheLimitAreRefused() throws {
    let pgm = Array("P5 4 4 255\n".utf8) + Array(repeating: 0, count: 16)
    #expect(
      try message(decoding: pgm, file: "a.pgm", limit: "100")
        == "a.pgm: the header claims a 4x4 picture of 16 samples (128 bytes), more than the "
        + "memory limit of 100 bytes (MNB_MEMORY_LIMIT)")
  }

  @Test func aPPMsSamplesOverTheLimitAreRefused() throws {
    let ppm = Array("P3 2 2 255\n0 0 0 0 0 0 0 0 0 0 0 0\n".utf8)
    #expect(
      try message(decoding: ppm, file: "b.ppm", limit: "64")
        == "b.ppm: the header claims a 2x2 picture of 12 samples (96 bytes), more than the "
        + "memory limit of 64 bytes (MNB_MEMORY_LIMIT)")
    #expect(try message(decoding: ppm, file: "b.ppm", limit: "96") == "decoded")
  }

  @Test func aPictureFileOverTheLimitIsNotRead() throws {
    let pgm = Array("P5 4 4 255\n".utf8) + Array(repeating: 0, count: 16)
    try withTemporaryPicture(pgm) { url in
      do {
        _ = try PictureFile.read(url, displayPath: "c.pgm", memoryLimit: try limit("20"))
        Issue.record("expected an error")
      } catch let error as ImageError {
        #expect(
          error.description
            == "c.pgm: reading the whole file (27 bytes), more than the memory limit of "
            + "20 bytes (MNB_MEMORY_LIMIT)")
      }
    }
  }

  private func withTemporaryPicture(_ bytes: [UInt8], _ body: (URL) throws -> Void) throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("mnb-image-limit-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("c.pgm")
    try Data(bytes).write(to: url)
    try body(url)
  }
}
