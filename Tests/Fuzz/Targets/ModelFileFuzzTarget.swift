import MNBModels

extension FuzzTarget {
  /// Model files, decoded twice: as given, and with the header's size and the trailing
  /// checksum made to match, so mutations reach the fields behind the checksum.
  ///
  /// A file that decodes must encode to a file that decodes to the same bytes again.
  public static let modelFile = FuzzTarget(name: "model", maximumLength: 4096) { bytes in
    let asGiven = decodeAndReencode(bytes)
    if case .violated = asGiven { return asGiven }
    return decodeAndReencode(sealed(bytes))
  }

  private static func decodeAndReencode(_ bytes: [UInt8]) -> FuzzOutcome {
    let stored: StoredModel
    do throws(ModelFileError) {
      stored = try ModelFile.decoded(bytes, file: "fuzz.mnbm")
    } catch {
      return .refused(error.description)
    }

    let encoded = Array(ModelFile.encoded(stored))
    do throws(ModelFileError) {
      let again = Array(ModelFile.encoded(try ModelFile.decoded(encoded, file: "again.mnbm")))
      guard again == encoded else { return .violated("a re-encoded model changed its bytes") }
    } catch {
      return .violated("a re-encoded model does not decode: \(error.description)")
    }
    return .accepted("\(stored.model.classCount) classes, \(stored.model.inputSize) inputs")
  }

  /// `bytes` with the file size at offset 12 and the CRC-32 at the end fixed up.
  private static func sealed(_ bytes: [UInt8]) -> [UInt8] {
    let sizeOffset = 12
    guard bytes.count >= sizeOffset + 8 + 4 else { return bytes }
    var sealed = bytes
    var size = UInt64(bytes.count).littleEndian
    withUnsafeBytes(of: &size) { sealed.replaceSubrange(sizeOffset..<sizeOffset + 8, with: $0) }

    let end = sealed.count - 4
    var checksum = CRC32.checksum(of: sealed[..<end]).littleEndian
    withUnsafeBytes(of: &checksum) { sealed.replaceSubrange(end..<sealed.count, with: $0) }
    return sealed
  }
}
