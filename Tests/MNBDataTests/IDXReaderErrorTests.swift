import Foundation
import Testing

@testable import MNBData

@Suite struct IDXReaderErrorTests {
  @Test func rejectsAnEmptyFile() throws {
    try withTemporaryFolder { folder in
      let url = try folder.write([], to: "empty")

      #expect(throws: IDXError.emptyFile(url)) { try IDXReader.read(contentsOf: url) }
    }
  }

  @Test func rejectsAMissingFile() throws {
    try withTemporaryFolder { folder in
      let url = folder.url.appending(path: "absent")

      #expect(throws: IDXError.cannotOpen(url, reason: "no such file or directory")) {
        try IDXReader.read(contentsOf: url)
      }
    }
  }

  @Test func rejectsAFileThatIsNotIDX() throws {
    try withTemporaryFolder { folder in
      let url = try folder.write(Array("PK\u{3}\u{4}rest".utf8), to: "archive")

      #expect(throws: IDXError.badMagic(url, found: [0x50, 0x4B, 0x03, 0x04])) {
        try IDXReader.read(contentsOf: url)
      }
    }
  }

  @Test func rejectsAnImageFileWhereLabelsAreExpected() throws {
    try withTemporaryFolder { folder in
      let url = try folder.write(IDXBytes.images(count: 2), to: "train-images-idx3-ubyte")

      #expect(throws: IDXError.wrongDimensionCount(url, expected: .labels, found: 3)) {
        try IDXReader.read(contentsOf: url, as: .labels)
      }
    }
  }

  @Test func rejectsALabelFileWhereImagesAreExpected() throws {
    try withTemporaryFolder { folder in
      let url = try folder.write(IDXBytes.labels(count: 2), to: "labels")

      #expect(throws: IDXError.wrongDimensionCount(url, expected: .images, found: 1)) {
        try IDXReader.read(contentsOf: url, as: .images)
      }
    }
  }

  @Test func rejectsAnUnknownTypeCode() throws {
    try withTemporaryFolder { folder in
      let url = try folder.write(IDXBytes.file(type: 0x07, dimensions: [1], payload: [0]), to: "x")

      #expect(throws: IDXError.unknownType(url, code: 0x07)) {
        try IDXReader.read(contentsOf: url)
      }
    }
  }

  @Test(arguments: [IDXElementType.signedByte, .int16, .int32, .float32, .float64])
  func rejectsKnownTypesOtherThanUnsignedBytes(type: IDXElementType) throws {
    try withTemporaryFolder { folder in
      let payload = [UInt8](repeating: 0, count: 2 * type.byteCount)
      let url = try folder.write(
        IDXBytes.file(type: type.rawValue, dimensions: [2], payload: payload), to: "x")

      #expect(throws: IDXError.unsupportedType(url, type)) { try IDXReader.read(contentsOf: url) }
    }
  }

  @Test func recognisesAByteSwappedMagic() throws {
    try withTemporaryFolder { folder in
      let bytes = IDXBytes.file(
        dimensions: [2, 2, 2], payload: Array(repeating: 1, count: 8), magic: [3, 8, 0, 0],
        littleEndian: true)
      let url = try folder.write(bytes, to: "swapped")

      #expect(throws: IDXError.byteSwappedHeader(url)) { try IDXReader.read(contentsOf: url) }
    }
  }

  @Test(arguments: [false, true])
  func recognisesByteSwappedDimensions(compressed: Bool) throws {
    try withTemporaryFolder { folder in
      let bytes = IDXBytes.file(
        dimensions: [60, 28, 28], payload: IDXBytes.noise(count: 60 * 28 * 28, seed: 3),
        littleEndian: true)
      let url = try folder.write(bytes, to: "swapped", compressed: compressed)

      #expect(throws: IDXError.byteSwappedHeader(url)) { try IDXReader.read(contentsOf: url) }
    }
  }

  @Test func rejectsZeroSizes() throws {
    try withTemporaryFolder { folder in
      let url = try folder.write(IDXBytes.file(dimensions: [0, 28, 28], payload: []), to: "x")

      #expect(throws: IDXError.zeroDimension(url, dimensions: [0, 28, 28])) {
        try IDXReader.read(contentsOf: url)
      }
    }
  }

  @Test func rejectsDimensionsWhoseProductOverflows() throws {
    try withTemporaryFolder { folder in
      let dims: [UInt32] = [0xFFFF_FFFF, 0xFFFF_FFFF, 0xFFFF_FFFF]
      let url = try folder.write(IDXBytes.file(dimensions: dims, payload: [1, 2]), to: "x")

      #expect(throws: IDXError.sizeOverflow(url, dimensions: dims.map(Int.init))) {
        try IDXReader.read(contentsOf: url)
      }
    }
  }

  @Test func rejectsAClaimOverTheBudgetBeforeReadingData() throws {
    try withTemporaryFolder { folder in
      let url = try folder.write(IDXBytes.file(dimensions: [1000, 100, 100], payload: []), to: "x")

      #expect(
        throws: IDXError.overBudget(
          url, dimensions: [1000, 100, 100], bytes: 10_000_000, maximumBytes: 1000)
      ) {
        try IDXReader.read(contentsOf: url, maximumBytes: 1000)
      }
    }
  }

  @Test func rejectsDimensionsThatExceedTheData() throws {
    try withTemporaryFolder { folder in
      let url = try folder.write(
        IDXBytes.file(dimensions: [2, 3, 3], payload: [1, 2, 3]), to: "x")

      #expect(throws: IDXError.cutShort(url, expected: 34, found: 19, isCompressed: false)) {
        try IDXReader.read(contentsOf: url)
      }
    }
  }

  @Test func rejectsARawFileCutShortInsideTheHeader() throws {
    try withTemporaryFolder { folder in
      let url = try folder.write(Array(IDXBytes.images(count: 1).prefix(9)), to: "x")

      #expect(throws: IDXError.headerCutShort(url, expected: 16, found: 9)) {
        try IDXReader.read(contentsOf: url)
      }
    }
  }

  @Test(arguments: [false, true])
  func rejectsBytesAfterTheClaimedData(compressed: Bool) throws {
    try withTemporaryFolder { folder in
      let bytes = IDXBytes.labels(count: 4) + [9]
      let url = try folder.write(bytes, to: "x", compressed: compressed)

      #expect(throws: IDXError.trailingData(url, expected: 12, isCompressed: compressed)) {
        try IDXReader.read(contentsOf: url)
      }
    }
  }
}
