import Foundation
import Testing

@testable import MNBData

/// Images large enough that both the compressed input and the output span several chunks.
private let largeImages = IDXBytes.images(count: 300, rows: 28, columns: 28, seed: 7)

@Suite struct GzipTests {
  @Test func readsAStreamLongerThanOneInputChunk() throws {
    try withTemporaryFolder { folder in
      let compressed = try folder.gzip(largeImages)
      #expect(compressed.count > 2 * GzipByteSource.chunkSize)
      let url = try folder.write(compressed, to: "images.gz")

      #expect(try IDXReader.read(contentsOf: url).bytes == Array(largeImages.dropFirst(16)))
    }
  }

  @Test func readsConcatenatedMembers() throws {
    try withTemporaryFolder { folder in
      let members = [largeImages[..<10], largeImages[10..<10], largeImages[10...]]
      var bytes: [UInt8] = []
      for member in members { bytes += try folder.gzip(Array(member)) }
      let url = try folder.write(bytes, to: "images.gz")

      #expect(try IDXReader.read(contentsOf: url).bytes == Array(largeImages.dropFirst(16)))
    }
  }

  @Test func reportsAStreamCutShortInsideTheData() throws {
    try withTemporaryFolder { folder in
      let compressed = try folder.gzip(largeImages)
      let url = try folder.write(Array(compressed.prefix(compressed.count / 2)), to: "images.gz")

      let error = #expect(throws: IDXError.self) { try IDXReader.read(contentsOf: url) }

      guard case .cutShort(url, largeImages.count, let found, isCompressed: true) = error else {
        Issue.record("expected a cut-short error, got \(String(describing: error))")
        return
      }
      #expect(found > 16 && found < largeImages.count)
    }
  }

  @Test func reportsAStreamMissingOnlyItsTrailer() throws {
    try withTemporaryFolder { folder in
      let compressed = try folder.gzip(largeImages)
      let url = try folder.write(Array(compressed.dropLast(8)), to: "images.gz")

      #expect(throws: IDXError.gzipCutShort(url, decompressedBytes: largeImages.count)) {
        try IDXReader.read(contentsOf: url)
      }
    }
  }

  @Test func reportsAStreamCutShortInsideTheHeader() throws {
    try withTemporaryFolder { folder in
      let compressed = try folder.gzip([])
      let url = try folder.write(Array(compressed.prefix(12)), to: "images.gz")

      #expect(throws: IDXError.headerCutShort(url, expected: 4, found: 0)) {
        try IDXReader.read(contentsOf: url)
      }
    }
  }

  @Test func reportsAWrongChecksum() throws {
    try withTemporaryFolder { folder in
      var compressed = try folder.gzip(largeImages)
      compressed[compressed.count - 8] ^= 0xFF
      let url = try folder.write(compressed, to: "images.gz")

      #expect(throws: IDXError.corruptGzip(url, reason: "incorrect data check")) {
        try IDXReader.read(contentsOf: url)
      }
    }
  }

  @Test func reportsDamagedCompressedData() throws {
    try withTemporaryFolder { folder in
      var compressed = try folder.gzip(largeImages)
      let middle = compressed.count / 2
      for index in middle..<middle + 64 { compressed[index] = 0xFF }
      let url = try folder.write(compressed, to: "images.gz")

      let error = #expect(throws: IDXError.self) { try IDXReader.read(contentsOf: url) }

      guard case .corruptGzip(url, _) = error else {
        Issue.record("expected a corrupt-gzip error, got \(String(describing: error))")
        return
      }
    }
  }
}
