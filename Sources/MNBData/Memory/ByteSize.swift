import Foundation

/// Sizes in bytes as people write and read them: binary multiples (1K = 1024 bytes).
public enum ByteSize {
  private static let units: [(suffix: Character, shift: Int)] = [
    ("K", 10), ("M", 20), ("G", 30), ("T", 40),
  ]

  /// "512M", "2G", "1.5G", "64k", "2GiB" (or "2GB", also binary) or a whole number of bytes;
  /// nil for anything else or a size that does not fit in an `Int`.
  public static func parse(_ text: String) -> Int? {
    var body = Substring(text.trimmingCharacters(in: .whitespaces)).uppercased()[...]
    for ending in ["IB", "B"] where body.hasSuffix(ending) && body.count > ending.count {
      body = body.dropLast(ending.count)
      break
    }
    guard let last = body.last else { return nil }
    let shift = units.first { $0.suffix == last }?.shift ?? 0
    if shift > 0 { body = body.dropLast() }
    // A fraction of a byte means a mistyped unit, not a size.
    if shift == 0 && body.contains(".") { return nil }

    guard !body.isEmpty, body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
      let number = Double(body), number.isFinite
    else { return nil }
    let bytes = (number * Double(1 << shift)).rounded(.down)
    guard bytes < Double(Int.max) else { return nil }
    return Int(bytes)
  }

  /// A size with one decimal in the largest unit under it, such as "44.9 MiB".
  public static func text(_ bytes: Int) -> String {
    guard bytes >= 1024 else { return bytes == 1 ? "1 byte" : "\(bytes) bytes" }
    var value = Double(bytes)
    var unit = 0
    let names = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
    while value >= 1024 && unit < names.count - 1 {
      value /= 1024
      unit += 1
    }
    let tenths = (value * 10).rounded()
    return "\(Int(tenths) / 10).\(Int(tenths) % 10) \(names[unit])"
  }
}
