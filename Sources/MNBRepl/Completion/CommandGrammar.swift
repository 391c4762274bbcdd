import MNBLanguage

/// The shape of a command's arguments, read from its `syntax` line in `CommandCatalog`, so
/// completion follows the same declarations as the parser and the help pages.
///
/// `train MODEL on DATA [OPTION VALUE]...` becomes the slots MODEL, `on`, DATA followed by
/// the command's options; alternatives split at `|`; brackets and repetitions are dropped, so
/// an optional part is offered as if it were required.
struct CommandGrammar {
  enum Slot: Equatable {
    /// A word typed as written, such as `on` or `session`.
    case keyword(String)
    /// A word the user chooses, such as MODEL or DATA.
    case placeholder(String)
    /// A string in double quotes, such as "DIR".
    case quoted
  }

  let command: CommandSpec
  let alternatives: [[Slot]]
  let takesOptions: Bool

  init(_ command: CommandSpec) {
    self.command = command
    var syntax = command.syntax
    let optionsMark = "[OPTION VALUE]..."
    takesOptions = syntax.contains(optionsMark)
    syntax = syntax.replacingOccurrences(of: optionsMark, with: "")
    alternatives = syntax.split(separator: "|").map { alternative in
      alternative.split(separator: " ").dropFirst().compactMap(Self.slot)
    }
  }

  private static func slot(_ token: Substring) -> Slot? {
    guard !token.hasSuffix("]...") else { return nil }
    var text = token.drop { $0 == "[" }
    if let bracket = text.firstIndex(of: "[") { text = text[..<bracket] }
    text = text.prefix { !"].,".contains($0) }
    if text.hasPrefix("\"") { return .quoted }
    guard let first = text.first, first.isLetter else { return nil }
    return first.isUppercase ? .placeholder(String(text)) : .keyword(String(text))
  }

  /// What may come after `words` (the words after the command name), in every alternative
  /// that agrees with them so far.
  func expectations(after words: ArraySlice<String>) -> [Expectation] {
    alternatives.flatMap { slots in expectations(of: slots, after: words) }
  }

  private func expectations(of slots: [Slot], after words: ArraySlice<String>) -> [Expectation] {
    var rest = words
    for slot in slots {
      guard let word = rest.first else { return [expectation(for: slot)] }
      if case .keyword(let keyword) = slot, word != keyword { return [] }
      rest = rest.dropFirst()
    }
    return takesOptions ? [optionExpectation(after: rest)] : []
  }

  private func expectation(for slot: Slot) -> Expectation {
    switch slot {
    case .keyword(let word): .words([word])
    case .quoted: .quotedText
    case .placeholder(let name): .placeholder(name, command: command.name)
    }
  }

  /// Walks `option value` pairs; expects the value of a trailing option, or another option.
  private func optionExpectation(after words: ArraySlice<String>) -> Expectation {
    var rest = words
    var used: Set<String> = []
    while let word = rest.first {
      rest = rest.dropFirst()
      guard let option = command.options.first(where: { $0.name == word }) else { continue }
      used.insert(word)
      if case .flag = option.kind { continue }
      guard rest.isEmpty else {
        rest = rest.dropFirst()
        continue
      }
      return .value(of: option)
    }
    return .words(command.options.map(\.name).filter { !used.contains($0) })
  }
}
