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
    let token = advance()
    guard case .number(let text) = token.kind else {
      throw SyntaxError(
        "option '\(spec.name)' needs a value: \(spec.kind.expectation), found \(token.spelling)",
        at: token.location)
    }

    switch spec.kind {
    case .integer(let range):
      guard let value = Int(text), range.contains(value) else {
        throw badValue(text, for: spec, at: token.location)
      }
      return OptionValue(name: spec.name, value: .integer(value), location: token.location)
    case .positiveReal:
      guard let value = Double(text), value.isFinite, value > 0 else {
        throw badValue(text, for: spec, at: token.location)
      }
      return OptionValue(name: spec.name, value: .real(value), location: token.location)
    }
  }

  private func badValue(_ text: String, for spec: OptionSpec, at location: SourceLocation)
    -> SyntaxError
  {
    SyntaxError(
      "bad value '\(text)' for option '\(spec.name)': expected \(spec.kind.expectation)",
      at: location)
  }
}
