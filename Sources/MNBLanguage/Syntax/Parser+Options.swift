extension Parser {
  /// Reads `NAME VALUE` (or `NAME=VALUE`) pairs up to the end of the line and checks each
  /// against the command's declared options.
  mutating func options(of commandName: String) throws(SyntaxError) -> [OptionValue] {
    let specs = CommandCatalog.command(named: commandName)?.options ?? []
    var values: [OptionValue] = []
    while case .word(let name) = current.kind {
      let location = advance().location
      guard let spec = specs.first(where: { $0.name == name }) else {
        let hint = Suggestion.hint(for: name, among: specs.map(\.name))
        let known = specs.map { "'\($0.name)'" }.joined(separator: ", ")
        throw SyntaxError(
          "unknown option '\(name)' for '\(commandName)'\(hint)"
            + (hint.isEmpty ? "; expected one of \(known)" : ""), at: location)
      }
      if values.contains(where: { $0.name == name }) {
        throw SyntaxError("option '\(name)' is given twice", at: location)
      }
      _ = acceptSymbol("=")
      values.append(try optionValue(for: spec))
    }
    return values
  }

  private mutating func optionValue(for spec: OptionSpec) throws(SyntaxError) -> OptionValue {
    let location = current.location
    if case .flag = spec.kind {
      return OptionValue(name: spec.name, value: .flag, location: location)
    }

    let token = advance()
    let text: String
    switch token.kind {
    case .string(let string) where isText(spec.kind):
      return OptionValue(name: spec.name, value: .word(string), location: token.location)
    case .number(let number) where !isText(spec.kind): text = number
    case .word(let word) where !isText(spec.kind): text = word
    default:
      throw SyntaxError(
        "option '\(spec.name)' needs a value: \(spec.kind.expectation), found \(token.spelling)",
        at: token.location)
    }
    guard let value = Self.value(of: text, for: spec.kind) else {
      throw badValue(text, for: spec, at: token.location)
    }
    return OptionValue(name: spec.name, value: value, location: token.location)
  }

  private func isText(_ kind: OptionSpec.Kind) -> Bool {
    if case .text = kind { return true }
    return false
  }

  /// The value `text` stands for under `kind`, or nil when the kind does not allow it.
  private static func value(of text: String, for kind: OptionSpec.Kind) -> OptionValue.Value? {
    switch kind {
    case .integer(let range):
      guard let value = Int(text), range.contains(value) else { return nil }
      return .integer(value)
    case .real(let range):
      guard let value = Double(text), range.contains(value) else { return nil }
      return .real(value)
    case .choice(let words):
      return words.contains(text) ? .word(text) : nil
    case .flag:
      return .flag
    case .text:
      return nil
    }
  }

  private func badValue(_ text: String, for spec: OptionSpec, at location: SourceLocation)
    -> SyntaxError
  {
    var hint = ""
    if case .choice(let words) = spec.kind {
      hint = Suggestion.hint(for: text, among: words)
    }
    return SyntaxError(
      "bad value '\(text)' for option '\(spec.name)': expected \(spec.kind.expectation)\(hint)",
      at: location)
  }
}
