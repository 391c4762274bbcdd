extension JSONValue {
  /// The document as Python's `json.dumps(indent=1, sort_keys=True, ensure_ascii=False)` writes
  /// it, which is how Jupyter saves notebooks; keys sort by Unicode scalar, as Python's do.
  func rendered() -> String {
    var text = ""
    append(to: &text, indent: 0)
    return text
  }

  private func append(to text: inout String, indent: Int) {
    switch self {
    case .null: text += "null"
    case .bool(let value): text += value ? "true" : "false"
    case .int(let value): text += String(value)
    case .double(let value): text += value.isFinite ? "\(value)" : "null"
    case .string(let value): Self.appendQuoted(value, to: &text)
    case .array(let items): Self.appendArray(items, to: &text, indent: indent)
    case .object(let members): Self.appendObject(members, to: &text, indent: indent)
    }
  }

  private static func appendArray(_ items: [JSONValue], to text: inout String, indent: Int) {
    guard !items.isEmpty else {
      text += "[]"
      return
    }
    let inner = "\n" + String(repeating: " ", count: indent + 1)

    text += "["
    for (index, item) in items.enumerated() {
      text += (index == 0 ? "" : ",") + inner
      item.append(to: &text, indent: indent + 1)
    }
    text += "\n" + String(repeating: " ", count: indent) + "]"
  }

  private static func appendObject(
    _ members: [String: JSONValue], to text: inout String, indent: Int
  ) {
    guard !members.isEmpty else {
      text += "{}"
      return
    }
    let inner = "\n" + String(repeating: " ", count: indent + 1)
    let keys = members.keys.sorted {
      $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars)
    }

    text += "{"
    for (index, key) in keys.enumerated() {
      text += (index == 0 ? "" : ",") + inner
      appendQuoted(key, to: &text)
      text += ": "
      members[key]!.append(to: &text, indent: indent + 1)
    }
    text += "\n" + String(repeating: " ", count: indent) + "}"
  }

  private static func appendQuoted(_ string: String, to text: inout String) {
    text += "\""
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": text += "\\\""
      case "\\": text += "\\\\"
      case "\n": text += "\\n"
      case "\r": text += "\\r"
      case "\t": text += "\\t"
      case "\u{08}": text += "\\b"
      case "\u{0C}": text += "\\f"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: text.unicodeScalars.append(scalar)
      }
    }
    text += "\""
  }
}
