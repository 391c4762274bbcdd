import Foundation
import MNBLanguage

/// The `mnb>` session: libedit on a terminal, a plain script reader otherwise.
public struct Repl {
  private let session: Session
  private let console: Console
  private let environment: [String: String]

  public init(session: Session, console: Console, environment: [String: String]) {
    self.session = session
    self.console = console
    self.environment = environment
  }

  /// Runs until end of input or `exit`; returns the status the program should exit with.
  public func run() -> ExitStatus {
    guard isatty(STDIN_FILENO) == 1 else { return runScript() }
    return runInteractive()
  }

  /// Reads commands from a pipe or file: no prompts, no colours, stop at the first error.
  private func runScript() -> ExitStatus {
    if let problem = StandardInput.problem {
      console.printLog("mnb: error: cannot read commands from standard input: \(problem)")
      return .failure
    }
    var number = 0
    while let line = Swift.readLine(strippingNewline: true) {
      number += 1
      if let failure = execute(line, number: number) {
        console.printLog(
          Diagnostic(
            file: "<stdin>", location: failure.location,
            message: failure.message
          ).description)
        return failure.isInterruption ? .interrupted : .failure
      }
      if session.hasExited { return .success }
    }
    return .success
  }

  private func runInteractive() -> ExitStatus {
    let historyPath = HistoryLocation(environment: environment).prepareFile(console: console)
    guard let editor = LineEditor(programName: "mnb", historyPath: historyPath) else {
      console.printLog("warning: cannot start line editing; reading plain lines")
      return runScript()
    }
    if !editor.loadHistory() {
      console.printLog(
        "warning: cannot read the history file '\(historyPath ?? "")'; "
          + "starting with an empty history")
    }
    console.printLog("mnb \(MNBVersion.current): type 'help' for the commands, Ctrl-D to leave")
    session.plotOutput = .terminal

    var number = 0
    while true {
      Interrupt.clear()
      switch editor.readLine(prompt: "mnb> ") {
      case .endOfInput:
        console.log("\n")
        return .success
      case .interrupted:
        console.log("^C\n")
      case .line(let line):
        number += 1
        editor.remember(line)
        if let failure = execute(line, number: number) {
          report(failure, in: line)
        }
        if session.hasExited { return .success }
      }
    }
  }

  /// An interruption is what the user asked for, so it is said plainly, without a position.
  private func report(_ failure: LineFailure, in line: String) {
    guard !failure.isInterruption else {
      console.printLog("\n" + failure.message)
      return
    }
    let diagnostic = Diagnostic(
      file: "<input>", location: failure.location, message: failure.message)
    console.printLog(diagnostic.withContext(line: line))
  }

  /// Parses and runs one line; returns what went wrong, if anything.
  private func execute(_ line: String, number: Int) -> LineFailure? {
    do {
      guard
        let statement = try Parser.parse(
          line: line, number: number, parameters: session.parameters)
      else { return nil }
      try session.run(statement)
      return nil
    } catch let error as SyntaxError {
      return LineFailure(location: error.location, message: error.message)
    } catch let error as SessionFailure {
      return LineFailure(
        location: error.location, message: error.message, isInterruption: error.isInterruption)
    } catch {
      return LineFailure(location: SourceLocation(line: number, column: 1), message: "\(error)")
    }
  }
}

private struct LineFailure {
  var location: SourceLocation
  var message: String
  var isInterruption = false
}
