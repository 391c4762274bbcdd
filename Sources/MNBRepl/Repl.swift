import Foundation
import MNBLanguage

/// The `mnb>` session: libedit on a terminal, a plain script reader otherwise.
public struct Repl {
  let session: Session
  let console: Console
  let environment: [String: String]

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
  func runScript() -> ExitStatus {
    if let problem = StandardInput.problem {
      console.printLog("mnb: error: cannot read commands from standard input: \(problem)")
      return .failure
    }
    var number = 0
    var reader = LineReader()
    while true {
      number += 1
      let line: String
      switch reader.next() {
      case .end: return .success
      case .text(let text): line = text
      case .tooLong:
        let limit = "\(Parser.maximumLineBytes >> 20) MiB"
        console.printLog(
          "<stdin>:\(number):1: error: this line is longer than the limit of \(limit)")
        return .failure
      }
      if let failure = execute(line, number: number) {
        console.printLog(
          Diagnostic(
            file: "<stdin>", location: failure.location,
            message: failure.message
          ).description)
        return failure.isInterruption ? .interrupted : .failure
      }
      if session.hasExited || StandardStream.outputIsClosed { return .success }
    }
  }

  /// An interruption is what the user asked for, so it is said plainly, without a position.
  func report(_ failure: LineFailure, in line: String, palette: Palette) {
    guard !failure.isInterruption else {
      console.printProblem("\n" + failure.message)
      return
    }
    let diagnostic = Diagnostic(
      file: "<input>", location: failure.location, message: failure.message)
    console.printLog(palette.diagnostic(diagnostic.withContext(line: line)))
  }

  /// Parses and runs one line; returns what went wrong, if anything.
  func execute(_ line: String, number: Int) -> LineFailure? {
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

struct LineFailure {
  var location: SourceLocation
  var message: String
  var isInterruption = false
}
