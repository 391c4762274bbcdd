import MNBLanguage

/// Why a notebook cannot run: lines that cannot be parsed, or a bad `-p NAME=VALUE`.
public enum NotebookError: Error, Sendable, Equatable {
  case unparsable([SyntaxError])
  case unknownParameter(name: String, declared: [ParameterDeclaration])
  case badParameterValue(String, declaration: ParameterDeclaration)

  /// The message of a parameter error, naming the declaration's line.
  public var parameterMessage: String? {
    switch self {
    case .unparsable:
      return nil
    case .unknownParameter(let name, let declared):
      guard !declared.isEmpty else {
        return "unknown parameter '\(name)': the notebook declares no parameters; "
          + "declare them with 'param NAME TYPE = VALUE' in a '# %% [parameters]' cell"
      }
      let hint = Suggestion.hint(for: name, among: declared.map(\.name))
      let list = declared.map { "'\($0.name)' (line \($0.location.line))" }
        .joined(separator: ", ")
      return "unknown parameter '\(name)'\(hint.isEmpty ? ";" : hint + ";") "
        + "the notebook declares \(list)"
    case .badParameterValue(let text, let declaration):
      return "bad value '\(text)' for parameter '\(declaration.name)': expected "
        + "\(declaration.type.expectation), as declared at line \(declaration.location.line) "
        + "('param \(declaration.name) \(declaration.type.rawValue) = \(declaration.defaultValue)')"
    }
  }
}
