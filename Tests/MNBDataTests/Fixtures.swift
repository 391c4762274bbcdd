import Foundation

@testable import MNBData

/// Builds the bytes of small IDX files for tests.
enum IDXBytes {
  /// A header plus `payload`; `magic` replaces the first four bytes when given.
  static func file(
    type: UInt8 = 0x08, dimensions: [UInt32], payload: [UInt8], magic: [UInt8]? = nil,
    littleEndian: Bool = false
  ) -> [UInt8] {
    var bytes = magic ?? [0, 0, type, UInt8(dimensions.count)]
    for size in dimensions {
      let word = littleEndian ? size.byteSwapped : size
      bytes += [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: word >> $0) }
    }
    return bytes + payload
  }

  /// `count` images of `rows` x `columns` pixels with varied, poorly compressible values.
  static func images(count: Int, rows: Int = 4, columns: Int = 3, seed: UInt32 = 1) -> [UInt8] {
    let dims = [count, rows, columns].map(UInt32.init)
    return file(dimensions: dims, payload: noise(count: count * rows * columns, seed: seed))
  }

  /// Labels cycling through 0 up to `classCount` - 1.
  static func labels(count: Int, classCount: Int = 10) -> [UInt8] {
    file(dimensions: [UInt32(count)], payload: (0..<count).map { UInt8($0 % classCount) })
  }

  static func noise(count: Int, seed: UInt32) -> [UInt8] {
    var state = seed
    return (0..<count).map { _ in
      state = state &* 1_664_525 &+ 1_013_904_223
      return UInt8(truncatingIfNeeded: state >> 24)
    }
  }
}

/// A folder under the system temporary directory, removed by `withTemporaryFolder`.
struct TemporaryFolder {
  let url: URL

  @discardableResult
  func write(_ bytes: [UInt8], to name: String) throws -> URL {
    let file = url.appending(path: name)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: file)
    return file
  }

  /// Writes `bytes` as they are, or gzipped when `compressed` is true.
  @discardableResult
  func write(_ bytes: [UInt8], to name: String, compressed: Bool) throws -> URL {
    compressed ? try writeGzip(bytes, to: name) : try write(bytes, to: name)
  }

  /// Writes `bytes` gzipped by the system's `gzip` tool.
  @discardableResult
  func writeGzip(_ bytes: [UInt8], to name: String) throws -> URL {
    try write(gzip(bytes), to: name)
  }

  /// `bytes` compressed as one gzip member.
  func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
    let plain = try write(bytes, to: "plain-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: plain) }

    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/gzip")
    process.arguments = ["-c", "-n", plain.path]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let compressed = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw GzipToolFailure() }
    return Array(compressed)
  }
}

struct GzipToolFailure: Error {}

func withTemporaryFolder<T>(_ body: (TemporaryFolder) throws -> T) throws -> T {
  let url = FileManager.default.temporaryDirectory
    .appending(path: "mnb-data-tests-\(UUID().uuidString)", directoryHint: .isDirectory)
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: url) }
  return try body(TemporaryFolder(url: url))
}
