/// libedit's history file format, which its `H_LOAD` reads: the line `_HiStOrY_V2_`, then one
/// entry per line with blanks, control characters and backslashes escaped as vis(3) does.
///
/// Written here rather than by `H_SAVE` so that a session can merge its entry into the file
/// other sessions write, under a lock, without reading that file back through libedit.
public enum HistoryFormat {
  static let header = "_HiStOrY_V2_"

  /// The file's text for `entries`, oldest first.
  public static func text(of entries: [String]) -> String {
    ([header] + entries.map(encoded)).joined(separator: "\n") + "\n"
  }

  /// The entries of a history file, or nil when the bytes are not one.
  public static func entries(in bytes: [UInt8]) -> [String]? {
    var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    if lines.last?.isEmpty == true { lines.removeLast() }
    guard let first = lines.first, String(decoding: first, as: UTF8.self) == header else {
      return nil
    }
    var entries: [String] = []
    for line in lines.dropFirst() {
      guard let entry = decoded(line) else { return nil }
      entries.append(entry)
    }
    return entries
  }

  /// Blanks, control characters and backslashes escaped as vis(3) with `VIS_WHITE` does;
  /// other bytes, including UTF-8 sequences, stay as they are.
  static func encoded(_ entry: String) -> String {
    var bytes: [UInt8] = []
    for byte in entry.utf8 {
      switch byte {
      case UInt8(ascii: "\\"): bytes += Array("\\\\".utf8)
      case 0...0x20, 0x7F: bytes += Array(("\\" + octal(byte)).utf8)
      default: bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func octal(_ byte: UInt8) -> String {
    let digits = String(byte, radix: 8)
    return String(repeating: "0", count: 3 - digits.count) + digits
  }

  /// An entry read back, or nil for a NUL, broken UTF-8 or an escape vis(3) never writes.
  static func decoded(_ line: ArraySlice<UInt8>) -> String? {
    var reader = VisDecoder(bytes: Array(line))
    guard let bytes = reader.decode(), !bytes.contains(0) else { return nil }
    return String(validating: bytes, as: UTF8.self)
  }
}
