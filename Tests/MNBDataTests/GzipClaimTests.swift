import Foundation
import Testing

@testable import MNBData

/// A small gzip file whose header claims far more data than it could expand to.
@Suite struct GzipClaimTests {
  @Test func theAllocationIsBoundedByWhatTheCompressedFileCanHold() {
    #expect(IDXReader.payloadCapacity(claimed: 1 << 31, compressedSize: 100) == 103_200)
    #expect(IDXReader.payloadCapacity(claimed: 5000, compressedSize: 100) == 5000)
    #expect(IDXReader.payloadCapacity(claimed: 1 << 31, compressedSize: nil) == 1 << 31)
    #expect(IDXReader.payloadCapacity(claimed: 7, compressedSize: Int.max) == 7)
  }

  @Test func aClaimOfTwoGibibytesInATinyFileIsCutShort() throws {
    try withTemporaryFolder { folder in
      let header: [UInt8] = [0, 0, 8, 3, 0x20, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 2]
      let content = try folder.gzip(header + Array(repeating: 7, count: 10))
      let url = URL(fileURLWithPath: "/data/images.gz")

      #expect(
        throws: IDXError.cutShort(url, expected: 16 + (1 << 31), found: 26, isCompressed: true)
      ) {
        try IDXReader.read(bytes: content, named: url)
      }
    }
  }
}
