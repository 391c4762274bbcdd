import Foundation
import MNBEngine

extension ModelFile {
  /// The model in `bytes`, the whole content of a model file.
  ///
  /// Checks, in order: the magic bytes, the version, the size the header gives, the checksum,
  /// then every field, each length against the bytes left before anything is allocated, and
  /// the shape. Nothing is returned unless all of them pass.
  /// - Parameter file: how messages name the file.
  /// - Throws: `ModelFileError`.
  public static func decoded(_ bytes: [UInt8], file: String) throws(ModelFileError)
    -> StoredModel
  {
    let version = try checkHeader(of: bytes, file: file)
    try checkChecksum(of: bytes, file: file)

    var reader = ByteReader(
      bytes, from: headerSize, to: bytes.count - checksumSize, file: file)
    let stored = try fields(from: &reader, version: version, file: file)
    guard reader.remaining == 0 else {
      throw .unusedBytes(file: file, count: reader.remaining)
    }
    return stored
  }

  /// Checks the magic bytes, the version and the size; returns the version.
  private static func checkHeader(of bytes: [UInt8], file: String) throws(ModelFileError)
    -> UInt32
  {
    let present = min(bytes.count, magic.count)
    guard bytes.prefix(present).elementsEqual(magic.prefix(present)) else {
      throw .notAModelFile(file: file)
    }
    guard bytes.count >= headerSize + checksumSize else {
      throw .headerCutShort(file: file, size: bytes.count, headerSize: headerSize)
    }

    var reader = ByteReader(bytes, from: magic.count, to: headerSize, file: file)
    let version = try reader.uint32("version")
    guard version <= currentVersion else {
      throw .newerVersion(file: file, version: version, newestReadable: currentVersion)
    }
    guard version >= 1 else { throw .unknownVersion(file: file, version: version) }

    let size = try reader.uint64("file size")
    guard size == UInt64(bytes.count) else {
      throw .sizeMismatch(file: file, size: bytes.count, expected: size)
    }
    return version
  }

  private static func checkChecksum(of bytes: [UInt8], file: String) throws(ModelFileError) {
    let end = bytes.count - checksumSize
    var reader = ByteReader(bytes, from: end, to: bytes.count, file: file)
    let stored = try reader.uint32("checksum")
    let computed = CRC32.checksum(of: bytes[..<end])
    guard stored == computed else {
      throw .checksumMismatch(file: file, stored: stored, computed: computed)
    }
  }

  private static func fields(from reader: inout ByteReader, version: UInt32, file: String)
    throws(ModelFileError) -> StoredModel
  {
    let code = try reader.byte("model kind")
    guard let kind = kind(ofCode: code) else { throw .unknownKind(file: file, code: code) }
    let inputSize = try positive(reader.count("input size"), "input size", file: file)
    let height = try positive(reader.count("image height"), "image height", file: file)
    let width = try positive(reader.count("image width"), "image width", file: file)
    guard height.multipliedReportingOverflow(by: width) == (inputSize, false) else {
      throw .shapeMismatch(file: file, inputSize: inputSize, imageHeight: height, imageWidth: width)
    }
    let classNames = try self.classNames(from: &reader, file: file)

    let epochs = try reader.count("epochs trained")
    guard epochs <= Self.maximumEpochs else {
      throw .invalidCount(file: file, field: "number of epochs trained", value: epochs)
    }
    let losses = try reader.countedFloats("loss history")
    let validationLosses = try reader.countedFloats("validation loss history")
    let lastTraining =
      version >= 2
      ? try trainingRun(from: &reader, epochsTrained: epochs, file: file) : nil
    let (rows, _) = inputSize.addingReportingOverflow(1)
    let (weightCount, overflow) = rows.multipliedReportingOverflow(by: classNames.count)
    let weights = try reader.floats(overflow ? Int.max : weightCount, "weights")

    let model = LogisticModel(
      kind: kind, inputSize: inputSize, classNames: classNames, weights: weights,
      lossHistory: losses, validationLossHistory: validationLosses, epochsTrained: epochs,
      lastTraining: lastTraining)
    return StoredModel(model: model, imageHeight: height, imageWidth: width)
  }

  /// The class count, then each name; every name takes at least its 4-byte length, which
  /// bounds the count by the bytes left before the array is made.
  private static func classNames(from reader: inout ByteReader, file: String)
    throws(ModelFileError) -> [String]
  {
    let count = try positive(reader.count("class count"), "class count", file: file)
    guard count <= LogisticModel.maximumClassCount else {
      throw .invalidCount(file: file, field: "class count", value: count)
    }
    try reader.require(count * 4, for: "class names")
    var names: [String] = []
    names.reserveCapacity(count)
    for index in 0..<count { names.append(try reader.text("name of class \(index)")) }
    return names
  }

  /// Far more epochs than any run makes, with room for the file to be trained further and
  /// still fit its 32-bit field.
  static let maximumEpochs = 1 << 31

  private static func positive(_ value: Int, _ field: String, file: String)
    throws(ModelFileError) -> Int
  {
    guard value >= 1 else { throw .invalidCount(file: file, field: field, value: value) }
    return value
  }
}
