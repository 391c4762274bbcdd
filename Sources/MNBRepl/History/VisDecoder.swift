/// Reads back one line written by vis(3), as strunvis(3) does for the forms libedit writes:
/// `\\`, octal `\ooo`, `\M-c`, `\M^c`, `\^c` and the C escapes such as `\n` and `\s`.
struct VisDecoder {
  let bytes: [UInt8]
  private var index = 0

  init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// The decoded bytes, or nil at an escape vis(3) never writes.
  mutating func decode() -> [UInt8]? {
    var output: [UInt8] = []
    while let byte = next() {
      guard byte == UInt8(ascii: "\\") else {
        output.append(byte)
        continue
      }
      guard let decoded = escape() else { return nil }
      output.append(decoded)
    }
    return output
  }

  private mutating func next() -> UInt8? {
    guard index < bytes.count else { return nil }
    defer { index += 1 }
    return bytes[index]
  }

  private mutating func escape() -> UInt8? {
    guard let byte = next() else { return nil }
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "7"): return octal(startingWith: byte)
    case UInt8(ascii: "M"): return meta()
    case UInt8(ascii: "^"): return next().map(Self.control)
    default: return Self.simpleEscapes[byte]
    }
  }

  private mutating func octal(startingWith first: UInt8) -> UInt8? {
    var value = Int(first - UInt8(ascii: "0"))
    for _ in 0..<2 {
      guard index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(bytes[index])
      else { break }
      value = value * 8 + Int(bytes[index] - UInt8(ascii: "0"))
      index += 1
    }
    return value <= 0xFF ? UInt8(value) : nil
  }

  private mutating func meta() -> UInt8? {
    switch next() {
    case UInt8(ascii: "-"): return next().map { $0 | 0x80 }
    case UInt8(ascii: "^"): return next().map { Self.control($0) | 0x80 }
    default: return nil
    }
  }

  private static func control(_ byte: UInt8) -> UInt8 {
    byte == UInt8(ascii: "?") ? 0x7F : byte & 0x1F
  }

  private static let simpleEscapes: [UInt8: UInt8] = [
    UInt8(ascii: "\\"): UInt8(ascii: "\\"), UInt8(ascii: "n"): 0x0A, UInt8(ascii: "t"): 0x09,
    UInt8(ascii: "r"): 0x0D, UInt8(ascii: "b"): 0x08, UInt8(ascii: "a"): 0x07,
    UInt8(ascii: "v"): 0x0B, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "s"): 0x20,
    UInt8(ascii: "E"): 0x1B,
  ]
}
