import Foundation

/// One measurement as a JSON object on one line of stdout, keys sorted.
enum JSONLine {
  static func emit(_ fields: [String: Any]) {
    guard JSONSerialization.isValidJSONObject(fields),
      let data = try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
    else {
      preconditionFailure("JSONLine.emit: fields are not JSON: \(fields)")
    }
    FileHandle.standardOutput.write(data + Data("\n".utf8))
  }
}

extension Dictionary where Key == String, Value == Any {
  /// The fields of both, those of `other` winning.
  static func + (lhs: Self, rhs: Self) -> Self {
    lhs.merging(rhs) { $1 }
  }
}
