import Foundation
import MNBEngine
import MNBModels
import Testing

@Suite struct RoundTripTests {
  @Test(arguments: [LogisticModel.Kind.oneVsRest, .softmax])
  func aModelReadsBackBitForBit(kind: LogisticModel.Kind) throws {
    let original = Fixtures.stored(kind)
    let read = try ModelFile.decoded(Fixtures.bytes(kind), file: Fixtures.file)

    #expect(read.model.kind == kind)
    #expect(read.model.inputSize == 6)
    #expect(read.imageHeight == 2 && read.imageWidth == 3)
    #expect(read.model.classNames == original.model.classNames)
    #expect(read.model.weights.map(\.bitPattern) == original.model.weights.map(\.bitPattern))
    #expect(
      read.model.lossHistory.map(\.bitPattern) == [Float]([2.5, 1.25, 0.3333333]).map(\.bitPattern))
    #expect(read.model.validationLossHistory == [2.75, 1.5])
    #expect(read.model.epochsTrained == 3)
  }

  @Test func notANumberKeepsItsBits() throws {
    var stored = Fixtures.stored(.softmax)
    let payload = Float(bitPattern: 0x7FC0_1234)
    stored.model.weights[0] = payload
    let read = try ModelFile.decoded(Array(ModelFile.encoded(stored)), file: Fixtures.file)
    #expect(read.model.weights[0].bitPattern == 0x7FC0_1234)
  }

  @Test func aWrittenFileReadsBack() throws {
    let folder = try Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("digits.mnbm")

    try ModelFile.write(Fixtures.stored(.oneVsRest), to: url)
    #expect(try ModelFile.read(from: url) == Fixtures.stored(.oneVsRest))
    #expect(try Data(contentsOf: url).prefix(8) == Data("MNBMODEL".utf8))
  }

  @Test func aMissingFileIsNamed() throws {
    #expect(throws: ModelFileError.noSuchFile(file: "gone.mnbm")) {
      try ModelFile.read(
        from: URL(fileURLWithPath: "/nonexistent/gone.mnbm"), displayPath: "gone.mnbm")
    }
  }

  @Test func theChecksumIsZlibsCRC32() {
    #expect(CRC32.checksum(of: Array("123456789".utf8)) == 0xCBF4_3926)
    #expect(CRC32.checksum(of: [UInt8]()) == 0)
  }
}
