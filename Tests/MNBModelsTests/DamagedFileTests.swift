import Foundation
import MNBModels
import Testing

@Suite struct DamagedFileTests {
  /// Bytes 0..<20 are the magic, the version and the file size; the checksum covers the rest.
  @Test func aFlippedByteAfterTheHeaderFailsTheChecksum() {
    let bytes = Fixtures.bytes()
    for offset in 20..<bytes.count {
      var damaged = bytes
      damaged[offset] ^= 0x5A
      #expect {
        try ModelFile.decoded(damaged, file: Fixtures.file)
      } throws: { error in
        guard case .checksumMismatch(let file, _, _) = error as? ModelFileError else {
          return false
        }
        return file == Fixtures.file
      }
    }
  }

  @Test func aFlippedByteInTheHeaderIsAnError() {
    let bytes = Fixtures.bytes()
    for offset in 0..<20 {
      var damaged = bytes
      damaged[offset] ^= 0x01
      #expect(throws: ModelFileError.self) { try ModelFile.decoded(damaged, file: Fixtures.file) }
    }
  }

  @Test func everyTruncationIsACleanError() {
    let bytes = Fixtures.bytes()
    for length in 0..<bytes.count {
      #expect {
        try ModelFile.decoded(Array(bytes.prefix(length)), file: Fixtures.file)
      } throws: { error in
        switch error as? ModelFileError {
        case .headerCutShort(_, let size, _): size == length && length < 24
        case .sizeMismatch(_, let size, let expected):
          size == length && expected == UInt64(bytes.count)
        default: false
        }
      }
    }
  }

  @Test func aFileOfAnotherKindIsNotAModel() {
    let png: [UInt8] =
      [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 40)
    #expect(throws: ModelFileError.notAModelFile(file: Fixtures.file)) {
      try ModelFile.decoded(png, file: Fixtures.file)
    }
  }

  @Test func aNewerVersionIsNamed() {
    var bytes = Fixtures.bytes()
    bytes.replaceSubrange(8..<12, with: Fixtures.littleEndian(3))
    let expected = ModelFileError.newerVersion(file: Fixtures.file, version: 3, newestReadable: 2)
    #expect(throws: expected) { try ModelFile.decoded(bytes, file: Fixtures.file) }
    #expect(
      expected.description
        == "cannot load model 'm.mnbm': made by a newer mnb; version 3, this mnb reads up to 2")
  }

  /// The first class name's length sits after kind (1 byte) and four counts (16 bytes).
  @Test func aLengthBeyondTheFileIsCaughtBeforeAllocating() {
    var bytes = Fixtures.bytes()
    let field = 20 + 1 + 16
    bytes.replaceSubrange(field..<field + 4, with: Fixtures.littleEndian(0xFFFF_FFF0))
    let remaining = bytes.count - 4 - (field + 4)
    #expect(
      throws: ModelFileError.lengthOverrun(
        file: Fixtures.file, field: "name of class 0", offset: field + 4,
        needed: 0xFFFF_FFF0, remaining: remaining)
    ) {
      try ModelFile.decoded(Fixtures.resealed(bytes), file: Fixtures.file)
    }
  }

  @Test func aClassCountBeyondTheFileIsCaughtBeforeAllocating() {
    var bytes = Fixtures.bytes()
    let field = 20 + 1 + 12
    bytes.replaceSubrange(field..<field + 4, with: Fixtures.littleEndian(0x7FFF_FFFF))
    #expect(
      throws: ModelFileError.invalidCount(
        file: Fixtures.file, field: "class count", value: 0x7FFF_FFFF)
    ) {
      try ModelFile.decoded(Fixtures.resealed(bytes), file: Fixtures.file)
    }
  }

  @Test func anImageShapeThatDoesNotMatchTheInputsIsRefused() {
    var bytes = Fixtures.bytes()
    let height = 20 + 1 + 4
    bytes.replaceSubrange(height..<height + 4, with: Fixtures.littleEndian(5))
    #expect(
      throws: ModelFileError.shapeMismatch(
        file: Fixtures.file, inputSize: 6, imageHeight: 5, imageWidth: 3)
    ) {
      try ModelFile.decoded(Fixtures.resealed(bytes), file: Fixtures.file)
    }
  }

  @Test func theWordingNamesTheFileAndTheCause() {
    let cut = ModelFileError.sizeMismatch(file: "a.mnbm", size: 10, expected: 30)
    #expect(
      cut.description
        == "cannot load model 'a.mnbm': the file is cut short: 10 of 30 bytes; "
        + "save the model again")
    let damaged = ModelFileError.checksumMismatch(file: "a.mnbm", stored: 1, computed: 0xABC)
    #expect(
      damaged.description
        == "cannot load model 'a.mnbm': the checksum does not match (stored 0x00000001, "
        + "computed 0x00000abc); the file is damaged")
  }
}
