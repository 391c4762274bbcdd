import Foundation
import Testing

@testable import MNBData

/// Bytes already in memory read exactly as the same bytes in a file do.
@Suite struct InMemoryReadingTests {
  @Test(arguments: [false, true])
  func memoryAndFileGiveTheSameArray(compressed: Bool) throws {
    try withTemporaryFolder { folder in
      let bytes = IDXBytes.images(count: 3, rows: 2, columns: 5)
      let url = try folder.write(bytes, to: "images", compressed: compressed)
      let content = Array(try Data(contentsOf: url))

      let fromMemory = try IDXReader.read(bytes: content, named: url, as: .images)
      #expect(fromMemory == (try IDXReader.read(contentsOf: url, as: .images)))
      #expect(fromMemory.bytes == Array(bytes.dropFirst(16)))
    }
  }

  @Test func errorsNameTheGivenFile() throws {
    let url = URL(fileURLWithPath: "/data/labels.idx1")
    #expect(throws: IDXError.emptyFile(url)) { try IDXReader.read(bytes: [], named: url) }

    let cut = Array(IDXBytes.labels(count: 4).dropLast(1))
    #expect(throws: IDXError.cutShort(url, expected: 12, found: 11, isCompressed: false)) {
      try IDXReader.read(bytes: cut, named: url)
    }
  }
}
