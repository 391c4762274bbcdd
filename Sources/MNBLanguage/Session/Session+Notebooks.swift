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

    notebookDepth += 1
    defer { notebookDepth -= 1 }
    try notebookRunner(path.value, path.location)
  }

  /// Writes the commands that ran so far as a notebook: the parameters first, then one cell
  /// per command, so `mnb run` repeats the session.
  func saveSession(to path: Located<String>) throws(SessionFailure) {
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

  /// Remembers a line that ran, unless it only looked at the session.
  func remember(_ statement: Statement) {
    switch statement.command {
    case .help, .listVariables, .saveSession, .exit: return
    default: transcript.append(statement.text.trimmingCharacters(in: .whitespaces))
    }
  }
}
