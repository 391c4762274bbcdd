import Foundation
import MNBData
import MNBLanguage

extension Repl {
  static let prompt = "mnb> "
  static let continuationPrompt = "...> "

  /// The terminal session: line editing, completion, shared history and colour.
  func runInteractive() -> ExitStatus {
    let palette = Palette(environment: environment, isTerminal: isatty(STDERR_FILENO) == 1)
    let completer = { [session, environment] (text: String) in
      Completer(context: .live(session: session, environment: environment)).complete(text)
    }
    let limit = 1000
    guard
      let editor = LineEditor(programName: "mnb", historySize: Int32(limit), completer: completer)
    else {
      console.printLog(
        palette.diagnostic("warning: cannot start line editing; reading plain lines"))
      return runScript()
    }
    var history = TypedHistory(
      file: HistoryLocation(environment: environment).prepareFile(console: console)
        .map { HistoryFile(path: $0, limit: limit) },
      warn: { console.printLog(palette.diagnostic("warning: \(VisibleText.message($0))")) })
    history.entries.forEach(editor.remember)

    StuckStepGuard.install()
    console.printLog("mnb \(MNBVersion.current): type 'help' for the commands, Ctrl-D to leave")
    session.plotOutput = .terminal
    let prompts = (
      palette.prompt(Self.prompt, ignoreMark: LineEditor.ignoreMark),
      palette.prompt(Self.continuationPrompt, ignoreMark: LineEditor.ignoreMark)
    )

    var buffer = StatementBuffer()
    var number = 0
    while true {
      Interrupt.clear()
      switch editor.readLine(prompt: buffer.isEmpty ? prompts.0 : prompts.1) {
      case .endOfInput:
        console.log("\n")
        return .success
      case .interrupted:
        console.log("^C\n")
        buffer.abandon()
      case .line(let line):
        guard let statement = buffer.add(line) else { continue }
        number += 1
        if !statement.allSatisfy(\.isWhitespace) {
          editor.remember(statement)
          history.record(statement)
        }
        run(statement, number: number, history: history.entries, palette: palette)
        if session.hasExited { return .success }
      }
    }
  }

  /// Runs one statement typed at the prompt; `history` is answered here, not by the language.
  private func run(_ statement: String, number: Int, history: [String], palette: Palette) {
    do {
      if let command = try HistoryCommand.parse(statement) {
        console.output(command.listing(of: history))
        return
      }
    } catch {
      let failure = LineFailure(
        location: SourceLocation(line: number, column: 1), message: "\(error)")
      return report(failure, in: statement, palette: palette)
    }

    StuckStepGuard.commandWillRun()
    let failure = execute(statement, number: number)
    StuckStepGuard.commandDidEnd()
    if let failure { report(failure, in: statement, palette: palette) }
  }
}
