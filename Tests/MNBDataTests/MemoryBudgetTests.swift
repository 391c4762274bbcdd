import Foundation
import Testing

@testable import MNBData

struct MemoryBudgetTests {
  @Test(arguments: [
    ("512M", 512 << 20), ("2G", 2 << 30), ("2g", 2 << 30), ("64k", 64 << 10),
    ("1.5G", 3 << 29), ("2GiB", 2 << 30), ("100MB", 100 << 20), ("4096", 4096),
    (" 1T ", 1 << 40),
  ])
  func sizesAreRead(_ text: String, _ bytes: Int) {
    #expect(ByteSize.parse(text) == bytes)
  }

  @Test(arguments: [
    "", "M", "abc", "-1", "12X", "1e3", "1..2G", "99999999999999999999T", "nan", "1.5", "0.5B",
  ])
  func nonsenseIsNoSize(_ text: String) {
    #expect(ByteSize.parse(text) == nil)
  }

  @Test func theEnvironmentSetsTheLimit() throws {
    let budget = try MemoryBudget.fromEnvironment(["MNB_MEMORY_LIMIT": "32M"])
    #expect(budget.bytes == 32 << 20)
    #expect(try MemoryBudget.fromEnvironment([:]) == .machineDefault)
  }

  @Test func theDefaultIsAQuarterOfMemoryAndAtMostFourGiB() {
    let quarter = Int(ProcessInfo.processInfo.physicalMemory / 4)
    #expect(MemoryBudget.machineDefault.bytes == min(4 << 30, quarter))
  }

  @Test(arguments: ["lots", "0", "-5G"])
  func aBadSettingIsRefusedWithItsValue(_ text: String) {
    #expect(throws: MemoryBudgetError.invalidSetting(text)) {
      try MemoryBudget.fromEnvironment(["MNB_MEMORY_LIMIT": text])
    }
    #expect(
      MemoryBudgetError.invalidSetting(text).description
        == "MNB_MEMORY_LIMIT is '\(text)', expected a size above zero such as '512M', '2G' "
        + "or a number of bytes")
  }

  @Test func aClaimOverTheLimitNamesTheFileTheSizeAndTheLimit() {
    let budget = MemoryBudget(bytes: 32 << 20)
    #expect(throws: Never.self) { try budget.check(32 << 20, claim: "x", file: "f") }
    #expect(throws: MemoryBudgetError.self) {
      try budget.check((32 << 20) + 1, claim: "x", file: "f")
    }

    let error = MemoryBudgetError.overLimit(
      file: "train-images-idx3-ubyte.gz", claim: "the header claims 60000 images of 28x28",
      bytes: 47_040_000, limit: 32 << 20)
    #expect(
      error.description
        == "train-images-idx3-ubyte.gz: the header claims 60000 images of 28x28 (44.9 MiB), "
        + "more than the memory limit of 32.0 MiB (MNB_MEMORY_LIMIT)")
  }

  @Test func anOverflowingSizeIsRefused() {
    let size = MemoryBudget.product(1 << 40, 1 << 40)
    #expect(size == nil)
    #expect(MemoryBudget.product(60000, 28, 28) == 47_040_000)
    #expect(throws: MemoryBudgetError.self) {
      try MemoryBudget(bytes: Int.max).check(size, claim: "x", file: "f")
    }
  }

  @Test func sizesAreShownInBinaryUnits() {
    #expect(ByteSize.text(512) == "512 bytes")
    #expect(ByteSize.text(1) == "1 byte")
    #expect(ByteSize.text(1536) == "1.5 KiB")
    #expect(ByteSize.text(4 << 30) == "4.0 GiB")
  }

  /// A gzip file whose header claims more than the limit is refused before it is inflated.
  @Test func aCompressedClaimIsCheckedBeforeDecompressing() throws {
    try withTemporaryFolder { folder in
      let plain = IDXBytes.file(
        dimensions: [2000, 28, 28], payload: [UInt8](repeating: 0, count: 2000 * 784))
      let url = try folder.write(try folder.gzip(plain), to: "train-images-idx3-ubyte.gz")

      #expect(
        throws: IDXError.overBudget(
          url, dimensions: [2000, 28, 28], bytes: 1_568_000, maximumBytes: 1 << 20)
      ) {
        try IDXReader.read(contentsOf: url, as: .images, maximumBytes: 1 << 20)
      }
    }
  }
}
