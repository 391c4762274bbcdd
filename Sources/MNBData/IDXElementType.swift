/// The element type named by the third byte of an IDX header.
public enum IDXElementType: UInt8, Sendable, CaseIterable {
  case unsignedByte = 0x08
  case signedByte = 0x09
  case int16 = 0x0B
  case int32 = 0x0C
  case float32 = 0x0D
  case float64 = 0x0E

  /// The size of one element in bytes.
  public var byteCount: Int {
    switch self {
    case .unsignedByte, .signedByte: 1
    case .int16: 2
    case .int32, .float32: 4
    case .float64: 8
    }
  }

  /// How messages name the type, e.g. "32-bit floats".
  public var name: String {
    switch self {
    case .unsignedByte: "unsigned bytes"
    case .signedByte: "signed bytes"
    case .int16: "16-bit integers"
    case .int32: "32-bit integers"
    case .float32: "32-bit floats"
    case .float64: "64-bit floats"
    }
  }

  /// The type code as it appears in the header, e.g. "0x0D".
  public var code: String { IDXElementType.hex(rawValue) }

  static func hex(_ byte: UInt8) -> String {
    let digits = String(byte, radix: 16, uppercase: true)
    return "0x" + (digits.count == 1 ? "0" + digits : digits)
  }
}
