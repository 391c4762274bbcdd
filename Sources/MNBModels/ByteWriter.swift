import Foundation

/// Appends the fields of a model file, little-endian.
struct ByteWriter {
  private(set) var data = Data()

  mutating func append(_ bytes: some Sequence<UInt8>) { data.append(contentsOf: bytes) }

  mutating func append(_ value: UInt8) { data.append(value) }

  mutating func append(_ value: UInt32) {
    withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
  }

  mutating func append(_ value: UInt64) {
    withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
  }

  /// A count or size as a UInt32; model sizes stay far below its limit.
  mutating func appendCount(_ value: Int, of field: String) {
    guard let narrow = UInt32(exactly: value) else {
      preconditionFailure("ByteWriter.appendCount: \(field) \(value) does not fit 32 bits")
    }
    append(narrow)
  }

  /// The count, then the values as Float32 bit patterns.
  mutating func appendFloats(_ values: [Float], countedAs field: String) {
    appendCount(values.count, of: field)
    appendFloats(values)
  }

  mutating func appendFloats(_ values: [Float]) {
    data.reserveCapacity(data.count + values.count * 4)
    for value in values { append(value.bitPattern) }
  }

  /// The UTF-8 byte length, then the bytes.
  mutating func appendText(_ text: String, of field: String) {
    let bytes = Array(text.utf8)
    appendCount(bytes.count, of: field)
    append(bytes)
  }
}
