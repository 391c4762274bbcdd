extension Parser {
  /// `NAME TYPE = VALUE`, after the `param` keyword.
  mutating func parameterDeclaration() throws(SyntaxError) -> ParameterDeclaration {
    let nameToken = advance()
    guard case .word(let name) = nameToken.kind else {
      throw SyntaxError(
        "expected a parameter name, found \(nameToken.spelling)", at: nameToken.location)
    }

    let typeToken = advance()
    let typeNames = ParameterType.allCases.map(\.rawValue)
    guard case .word(let typeName) = typeToken.kind, let type = ParameterType(rawValue: typeName)
    else {
      var hint = ""
      if case .word(let word) = typeToken.kind {
        hint = Suggestion.hint(for: word, among: typeNames)
      }
      throw SyntaxError(
        "expected the type of '\(name)' (one of 'int', 'real', 'text'), "
          + "found \(typeToken.spelling)\(hint)", at: typeToken.location)
    }

    guard acceptSymbol("=") else {
      throw SyntaxError(
        "expected '=' and a default value, found \(current.spelling)",
        at: current.location)
    }
    let value = try defaultValue(of: type, for: name)
    return ParameterDeclaration(
      name: name, type: type, defaultValue: value, location: nameToken.location)
  }

  private mutating func defaultValue(of type: ParameterType, for name: String)
    throws(SyntaxError) -> ParameterValue
  {
    let token = advance()
    let value: ParameterValue?
    switch (type, token.kind) {
    case (.int, .number(let text)): value = type.value(from: text)
    case (.real, .number(let text)): value = type.value(from: text)
    case (.text, .string(let text)): value = .text(text)
    default: value = nil
    }
    guard let value else {
      let quoting = type == .text ? " in double quotes" : ""
      throw SyntaxError(
        "the default of '\(name)' must be \(type.expectation)\(quoting), "
          + "found \(token.spelling)", at: token.location)
    }
    return value
  }
}
