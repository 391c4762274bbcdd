/// Turns one line of the command language into a statement.
///
/// The grammar is written out in docs/language.md. Every mistake is a `SyntaxError`
/// pointing at the token that was not what the grammar expected.
public struct Parser {
  private var tokens: [Token]
  private var position = 0
  private let text: String

  /// The longest line read, in bytes of UTF-8: commands are short, so a longer line is a
  /// mistake, such as a binary file given as a notebook or script.
  public static let maximumLineBytes = 1 << 20

  /// Parses a line; returns nil for a blank or comment-only line.
  /// - Parameter parameters: the values `$NAME` references stand for.
  public static func parse(
    line text: String, number line: Int, parameters: [String: ParameterValue] = [:]
  ) throws(SyntaxError) -> Statement? {
    try checkLength(of: text, number: line)
    let tokens = try Lexer.tokens(of: text, line: line, parameters: parameters)
    var parser = Parser(tokens: tokens, text: text)
    return try parser.statement()
  }

  /// Throws when `text` is longer than `maximumLineBytes`.
  public static func checkLength(of text: String, number line: Int) throws(SyntaxError) {
    let length = text.utf8.count
    guard length <= maximumLineBytes else {
      throw SyntaxError(
        "this line is \(length) bytes long, more than the limit of \(maximumLineBytes >> 20) MiB",
        at: SourceLocation(line: line, column: 1))
    }
  }

  private init(tokens: [Token], text: String) {
    self.tokens = tokens
    self.text = text
  }

  var current: Token { tokens[position] }
  /// The token after the current one (the end token at the end of the line).
  var next: Token { tokens[min(position + 1, tokens.count - 1)] }

  mutating func advance() -> Token {
    let token = tokens[position]
    if position < tokens.count - 1 { position += 1 }
    return token
  }

  private mutating func statement() throws(SyntaxError) -> Statement? {
    guard case .word(let name) = current.kind else {
      if current.kind == .end { return nil }
      throw SyntaxError("expected a command, found \(current.spelling)", at: current.location)
    }
    let location = current.location
    guard CommandCatalog.command(named: name) != nil else {
      let hint = Suggestion.hint(for: name, among: CommandCatalog.commandNames)
      throw SyntaxError("unknown command '\(name)'\(hint)", at: location)
    }
    _ = advance()

    let command = try self.command(named: name)
    try expectEnd(after: name)
    return Statement(command: command, location: location, text: text)
  }

  /// The command after `time`, which may be any command but another `time`.
  private mutating func timedCommand() throws(SyntaxError) -> Command {
    guard case .word(let name) = current.kind, name != "time",
      CommandCatalog.command(named: name) != nil
    else {
      throw SyntaxError(
        "expected a command to time, found \(current.spelling)", at: current.location)
    }
    _ = advance()
    return try command(named: name)
  }

  private mutating func command(named commandName: String) throws(SyntaxError) -> Command {
    switch commandName {
    case "load":
      if startsModelLoad { return try modelLoad() }
      if startsDataLoad { return try dataLoad() }
      let dataset = try name(describedAs: "the name of a data set, such as 'mnist'")
      let directory = acceptWord("from") ? try string(describedAs: "a folder") : nil
      return .load(dataset: dataset, directory: directory)
    case "show":
      if case .string = current.kind {
        return .showPicture(file: try string(describedAs: "a picture file"))
      }
      return .show(try dataReference())
    case "train":
      let model = try name(describedAs: "a model name")
      try expectWord("on")
      let data = try dataReference()
      return .train(model: model, data: data, options: try options(of: "train"))
    case "eval":
      let model = try name(describedAs: "a model name")
      try expectWord("on")
      return .evaluate(model: model, data: try dataReference())
    case "predict":
      let model = try name(describedAs: "a model name")
      try expectWord("on")
      if case .string = current.kind {
        return .predictPicture(model: model, file: try string(describedAs: "a picture file"))
      }
      return .predict(model: model, data: try dataReference())
    case "vars":
      return .listVariables
    case "exit", "quit":
      return .exit
    case "time":
      return .time(try timedCommand())
    case "reset":
      return .reset
    case "plot":
      return .plot(try plotRequest())
    case "set":
      let setting = try name(describedAs: "a setting, such as 'plots'")
      return .set(setting: setting, value: try string(describedAs: "the setting's value"))
    case "run":
      return .runNotebook(path: try string(describedAs: "a notebook file"))
    case "save":
      guard acceptWord("session") else { return try modelSave() }
      return .saveSession(path: try string(describedAs: "a notebook file to write"))
    case "export":
      return try modelExport()
    case "param":
      return .declareParameter(try parameterDeclaration())
    case "help":
      let topic = current.kind == .end ? nil : try name(describedAs: "a command name")
      // 'load data' and 'load model' are forms of 'load', explained on its page.
      if topic?.value == "load", !acceptWord("data") { _ = acceptWord("model") }
      return .help(topic: topic)
    case "history":
      throw SyntaxError(
        "'history' lists the lines typed at the interactive prompt, and only works there",
        at: tokens[max(0, position - 1)].location)
    default:
      preconditionFailure("Parser.command(named:): '\(commandName)' is in the catalog only")
    }
  }

  private mutating func expectEnd(after command: String) throws(SyntaxError) {
    guard current.kind != .end else { return }
    throw SyntaxError(
      "unexpected \(current.spelling) after the '\(command)' command; "
        + "see 'help \(command)'", at: current.location)
  }
}

extension Parser {
  mutating func name(describedAs expectation: String) throws(SyntaxError)
    -> Located<String>
  {
    guard case .word(let word) = current.kind else {
      throw SyntaxError("expected \(expectation), found \(current.spelling)", at: current.location)
    }
    return Located(word, at: advance().location)
  }

  mutating func string(describedAs expectation: String) throws(SyntaxError)
    -> Located<String>
  {
    guard case .string(let text) = current.kind else {
      throw SyntaxError(
        "expected \(expectation) in double quotes, found \(current.spelling)",
        at: current.location)
    }
    return Located(text, at: advance().location)
  }

  mutating func acceptWord(_ word: String) -> Bool {
    guard current.kind == .word(word) else { return false }
    _ = advance()
    return true
  }

  mutating func expectWord(_ word: String) throws(SyntaxError) {
    guard acceptWord(word) else {
      throw SyntaxError("expected '\(word)', found \(current.spelling)", at: current.location)
    }
  }

  mutating func acceptSymbol(_ symbol: Character) -> Bool {
    guard current.kind == .symbol(symbol) else { return false }
    _ = advance()
    return true
  }

  mutating func dataReference() throws(SyntaxError) -> DataReference {
    let name = try name(describedAs: "a data set name, such as 'train' or 'test'")
    guard acceptSymbol("[") else { return DataReference(name: name) }

    let first = try optionalIndex()
    let selection: DataReference.Selection
    if acceptSymbol(":") {
      selection = .range(from: first, to: try optionalIndex())
    } else if let first {
      selection = .index(first)
    } else {
      throw SyntaxError(
        "expected an image number or a range such as 0:10, found \(current.spelling)",
        at: current.location)
    }
    guard acceptSymbol("]") else {
      throw SyntaxError("expected ']', found \(current.spelling)", at: current.location)
    }
    return DataReference(name: name, selection: selection)
  }

  private mutating func optionalIndex() throws(SyntaxError) -> Int? {
    guard case .number(let text) = current.kind else { return nil }
    guard text.allSatisfy(\.isASCIIDigit) else {
      throw SyntaxError(
        "'\(text)' is not an image number; expected a whole number of at least 0",
        at: current.location)
    }
    guard let value = Int(text) else {
      throw SyntaxError("image number '\(text)' is too large", at: current.location)
    }
    _ = advance()
    return value
  }

}
