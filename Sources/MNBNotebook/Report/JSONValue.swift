/// A JSON document, built in memory and written the way Jupyter writes notebooks.
enum JSONValue: Equatable, Sendable {
  case null
  case bool(Bool)
  case int(Int)
  /// Written as its shortest round-trip form; NaN and infinities become `null`.
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
  ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral,
  ExpressibleByBooleanLiteral
{
  init(stringLiteral value: String) { self = .string(value) }

  init(integerLiteral value: Int) { self = .int(value) }

  init(arrayLiteral elements: JSONValue...) { self = .array(elements) }

  init(dictionaryLiteral elements: (String, JSONValue)...) {
    self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
  }

  init(nilLiteral: ()) { self = .null }

  init(booleanLiteral value: Bool) { self = .bool(value) }
}
