import Foundation
import Testing

@testable import MNBData

@Suite struct IDXReaderTests {
  @Test(arguments: [
    "train-images-idx3-ubyte", "train-images-idx3-ubyte.gz",
    "train-images.idx3-ubyte", "train-images.idx3-ubyte.gz",
  ])
  func readsImagesBackInBothNamingStylesRawAndGzipped(name: String) throws {
    try withTemporaryFolder { folder in
      let bytes = IDXBytes.images(count: 5, rows: 4, columns: 3)
      let url = try folder.write(bytes, to: name, compressed: name.hasSuffix(".gz"))

      let array = try IDXReader.read(contentsOf: url, as: .images)

      #expect(array.elementType == .unsignedByte)
      #expect(array.dimensions == [5, 4, 3])
      #expect(array.count == 5)
      #expect(array.bytes == Array(bytes.dropFirst(16)))
    }
  }

  @Test func compressionIsToldByContentNotByName() throws {
    try withTemporaryFolder { folder in
      let bytes = IDXBytes.labels(count: 7)
      let rawNamedGz = try folder.write(bytes, to: "labels.gz")
      let gzNamedRaw = try folder.writeGzip(bytes, to: "labels")

      #expect(try IDXReader.read(contentsOf: rawNamedGz).bytes == Array(bytes.dropFirst(8)))
      #expect(try IDXReader.read(contentsOf: gzNamedRaw).bytes == Array(bytes.dropFirst(8)))
    }
  }

  @Test func readsAnyDimensionCountWhenNoKindIsGiven() throws {
    try withTemporaryFolder { folder in
      let bytes = IDXBytes.file(dimensions: [2, 3], payload: [1, 2, 3, 4, 5, 6])
      let url = try folder.write(bytes, to: "matrix")

      let array = try IDXReader.read(contentsOf: url)

      #expect(
        array
          == IDXArray(elementType: .unsignedByte, dimensions: [2, 3], bytes: [1, 2, 3, 4, 5, 6]))
    }
  }

  @Test func readsAPayloadExactlyAtTheBudget() throws {
    try withTemporaryFolder { folder in
      let url = try folder.write(IDXBytes.labels(count: 100), to: "labels")

      #expect(try IDXReader.read(contentsOf: url, maximumBytes: 100).count == 100)
    }
  }
}
