import Foundation
import Testing

/// `predict MODEL on "FILE.png"` through the built program, on the real MNIST files.
@Suite(.enabled(if: RealData.folder != nil, "set MNB_DATA to a folder holding mnist/"))
struct PicturePredictionCLITests {
  /// Python's zlib writes the PNG: an upright pen stroke with a short flag, a "1", in gray
  /// on light paper.
  static let drawing = """
    import struct, zlib, sys
    rows = b"".join(b"\\x00" + bytes(60 if 92 <= x < 110 and 30 <= y < 170
      or 80 <= x < 110 and 30 <= y < 44 and x + y > 125 else 230 for x in range(200))
      for y in range(200))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))
    head = struct.pack(">IIBBBBB", 200, 200, 8, 0, 0, 0, 0)
    png = b"\\x89PNG\\r\\n\\x1a\\n" + chunk(b"IHDR", head)
    sys.stdout.buffer.write(png + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))
    """

  @Test func aDrawnOneIsPredictedFromAPNG() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("mnb-picture-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try pythonOutput(Self.drawing).write(to: folder.appendingPathComponent("one.png"))

    let result = try MNBProcess.run(
      [], input: "load mnist\ntrain m on train\npredict m on \"one.png\"\n",
      environment: ["MNB_DATA": RealData.folder!], in: folder)

    #expect(result.status == 0, "stderr: \(result.log)")
    let lines = result.output.split(separator: "\n")
    let heading = try #require(lines.firstIndex { $0.hasPrefix("one.png: ") })
    #expect(lines[heading].hasPrefix("one.png: 1 ("), "\(result.output)")
    #expect(lines[heading + 1] == "  class  probability")
    #expect(lines.count == heading + 5)
  }

  private func pythonOutput(_ script: String) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    process.arguments = ["-c", script]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0)
    return data
  }
}
