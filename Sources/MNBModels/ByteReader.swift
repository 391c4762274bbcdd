import Foundation

/// Reads the fields of a model file, little-endian, checking each length against the bytes
/// left before taking or allocating anything.
struct ByteReader {
  private let bytes: [UInt8]
  private let end: Int
  private let file: String
  private(set) var offset: Int

  /// Reads `bytes[offset..<end]`; `file` names the file in errors.
  init(_ bytes: [UInt8], from offset: Int, to end: Int, file: String) {
    self.bytes = bytes
    self.offset = offset
    self.end = end
    self.file = file
  }

  var remaining: Int { end - offset }

  mutating func byte(_ field: String) throws(ModelFileError) -> UInt8 {
    try take(1, for: field).first!
  }

  mutating func uint32(_ field: String) throws(ModelFileError) -> UInt32 {
    let slice = try take(4, for: field)
    return slice.reversed().reduce(0) { ($0 << 8) | UInt32($1) }
  }

  mutating func uint64(_ field: String) throws(ModelFileError) -> UInt64 {
    let slice = try take(8, for: field)
    return slice.reversed().reduce(0) { ($0 << 8) | UInt64($1) }
  }

  mutating func count(_ field: String) throws(ModelFileError) -> Int {
    Int(try uint32(field))
  }

  /// `count` Float32 values, after checking the file holds `4 × count` more bytes.
  mutating func floats(_ count: Int, _ field: String) throws(ModelFileError) -> [Float] {
    let (size, overflow) = count.multipliedReportingOverflow(by: 4)
    try require(overflow ? Int.max : size, for: field)
    var values = [Float]()
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(Float(bitPattern: try uint32(field))) }
    return values
  }

  /// A count, then that many Float32 values.
  mutating func countedFloats(_ field: String) throws(ModelFileError) -> [Float] {
    try floats(try count("\(field) count"), field)
  }

  /// A byte length, then that many bytes of UTF-8.
  mutating func text(_ field: String) throws(ModelFileError) -> String {
    let length = try count("\(field) length")
    let slice = try take(length, for: field)
    guard let text = String(validating: slice, as: UTF8.self) else {
      throw .invalidText(file: file, field: field)
    }
    return text
  }

  /// Throws unless `size` more bytes are left for `field`.
  func require(_ size: Int, for field: String) throws(ModelFileError) {
    guard size <= remaining else {
      throw .lengthOverrun(
        file: file, field: field, offset: offset, needed: size, remaining: remaining)
    }
  }

  private mutating func take(_ size: Int, for field: String) throws(ModelFileError)
    -> ArraySlice<UInt8>
  {
    try require(size, for: field)
    defer { offset += size }
    return bytes[offset..<offset + size]
  }
}
