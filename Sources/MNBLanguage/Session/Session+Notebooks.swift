import Foundation
import MNBData

extension Session {
  /// Runs the notebook at `path` in this session, through the runner the program installed.
  func runNotebook(_ path: Located<String>) throws(SessionFailure) {
    guard let notebookRunner else {
      throw SessionFailure(.notebooksUnavailable, at: path.location)
    }
    guard notebookDepth < Self.maximumNotebookDepth else {
      throw SessionFailure(
        .notebooksNestTooDeep(path: path.value, depth: Self.maximumNotebookDepth),
        at: path.location)
    }

    let resolved = Self.resolvedPath(path.value)
    if runningNotebooks.contains(where: { $0.resolved == resolved }) {
      let chain = runningNotebooks.map(\.shown) + [path.value]
      throw SessionFailure(.notebookCycle(chain: chain), at: path.location)
    }

    notebookDepth += 1
    runningNotebooks.append((path.value, resolved))
    defer {
      notebookDepth -= 1
      runningNotebooks.removeLast()
    }
    try notebookRunner(path.value, path.location)
  }

  /// Marks the notebook at `path` as running in this session for as long as `body` runs, so
  /// that a `run` of it from inside is refused as a cycle.
  public func runningNotebook<Result>(_ path: String, _ body: () -> Result) -> Result {
    runningNotebooks.append((path, Self.resolvedPath(path)))
    defer { runningNotebooks.removeLast() }
    return body()
  }

  /// The path with links and `..` resolved, or as given when it does not exist.
  private static func resolvedPath(_ path: String) -> String {
    guard let resolved = realpath(path, nil) else { return path }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// Writes the commands that ran so far as a notebook: the parameters first, then one cell
  /// per command, so `mnb run` repeats the session.
  func saveSession(to path: Located<String>) throws(SessionFailure) {
    try checkWritePath(path)
    let url = URL(fileURLWithPath: path.value)
    do {
      try AtomicFile.write(Data(transcriptNotebook().utf8), to: url, displayPath: path.value)
    } catch {
      throw SessionFailure(.cannotSave(reason: error.description), at: path.location)
    }
    console.print("saved \(transcript.count) commands to '\(path.value)'")
  }

  private func transcriptNotebook() -> String {
    var text = "# %% [markdown]\n# # Session saved by mnb \(MNBVersion.current)\n"
    let declarations = transcript.filter { $0.hasPrefix("param ") }
    if !declarations.isEmpty {
      text += "\n# %% [parameters]\n" + declarations.joined(separator: "\n") + "\n"
    }
    for line in transcript where !line.hasPrefix("param ") {
      text += "\n# %%\n\(line)\n"
    }
    return text
  }

  /// Remembers a line that ran, unless it only looked at the session or came from a notebook
  /// run inside it (the `run` line itself is remembered instead).
  func remember(_ statement: Statement) {
    guard notebookDepth == 0 else { return }
    switch statement.command {
    case .help, .listVariables, .saveSession, .exit: return
    case .declareParameter(let declaration):
      let value = parameters[declaration.name] ?? declaration.defaultValue
      transcript.removeAll { $0.hasPrefix("param \(declaration.name) ") }
      transcript.append(
        "param \(declaration.name) \(declaration.type.rawValue) = \(value)")
    default:
      transcript.append(statement.text.trimmingCharacters(in: .whitespaces))
    }
  }

  /// Remembers a `train` that was interrupted after `epochs` epochs as one that trains that
  /// many, so the saved session still makes the model the commands after it use.
  func rememberInterrupted(_ statement: Statement, afterEpochs epochs: Int) {
    guard notebookDepth == 0, epochs > 0 else { return }
    guard case .train(_, _, let options) = statement.command else { return }
    var text = statement.text.trimmingCharacters(in: .whitespaces)
    if let option = options.first(where: { $0.name == "epochs" }) {
      text = Self.replacingToken(at: option.location.column, in: statement.text, with: "\(epochs)")
    } else {
      text += " epochs \(epochs)"
    }
    transcript.append(text + "  # interrupted: the schedule ran over fewer epochs than asked")
  }

  /// `line` with the token starting at `column` (1-based) replaced by `replacement`.
  private static func replacingToken(at column: Int, in line: String, with replacement: String)
    -> String
  {
    var characters = Array(line)
    let start = column - 1
    guard start >= 0, start < characters.count else { return line }
    var end = start
    while end < characters.count, !characters[end].isWhitespace, characters[end] != "#" {
      end += 1
    }
    characters.replaceSubrange(start..<end, with: Array(replacement))
    return String(characters).trimmingCharacters(in: .whitespaces)
  }
}
