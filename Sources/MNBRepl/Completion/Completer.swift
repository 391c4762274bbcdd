import MNBLanguage

/// Decides what Tab completes, from the text before the cursor alone: it never runs a command
/// and reads at most one folder.
public struct Completer: Sendable {
  public let context: CompletionContext

  public init(context: CompletionContext) {
    self.context = context
  }

  public func complete(_ textBeforeCursor: String) -> Completion {
    let line = TypedLine(textBeforeCursor)
    if let path = line.openString {
      return PathCompletion(context: context).complete(path)
    }
    guard !line.isInert else { return .none }
    guard let commandName = line.words.first else {
      return .choosing(from: CommandCatalog.commandNames, typed: line.partial)
    }
    guard let command = CommandCatalog.command(named: commandName) else { return .none }

    let expectations =
      line.followsComma
      ? [Expectation.placeholder("MODEL", command: commandName)]
      : CommandGrammar(command).expectations(after: line.words.dropFirst())
    let wantsQuote = expectations.contains { if case .quotedText = $0 { true } else { false } }
    if wantsQuote && line.partial.isEmpty {
      return Completion(insertion: "\"", candidates: [])
    }
    return .choosing(from: expectations.flatMap(words), typed: line.partial)
  }

  private func words(for expectation: Expectation) -> [String] {
    switch expectation {
    case .words(let words): words
    case .quotedText: []
    case .placeholder(let name, let command): words(standingFor: name, in: command)
    }
  }

  /// The names a placeholder of the catalog's syntax lines may take in this session.
  private func words(standingFor placeholder: String, in command: String) -> [String] {
    switch (placeholder, command) {
    case ("MODEL", _): context.modelNames
    case ("DATA", _): context.datasetNames
    case ("NAME", "load"): context.loadableNames()
    case ("COMMAND", _): CommandCatalog.commandNames
    default: []
    }
  }
}
