import Foundation
import MNBData
import MNBLanguage
import MNBNotebook
import MNBRepl

/// Reads the command line and hands the work to the REPL or the notebook runner.
struct Program {
  let arguments: [String]
  let console = Console.standard
  let environment = ProcessInfo.processInfo.environment

  func run() -> ExitStatus {
    do {
      _ = try MemoryBudget.fromEnvironment(environment)
    } catch {
      console.printProblem("mnb: error: \(error)")
      return .usage
    }

    switch CommandLineAction(arguments) {
    case .showHelp:
      console.output(Usage.text)
      return .success
    case .showVersion:
      console.print("mnb \(MNBVersion.current)")
      return .success
    case .showCommandHelp(let command):
      return runLine("help \(command)")
    case .interactive:
      return Repl(session: makeSession(), console: console, environment: environment).run()
    case .runNotebook(let run):
      return runNotebook(run)
    case .invalid(let message, let usage):
      console.printProblem("mnb: error: \(message)")
      console.printLog(usage ?? "run 'mnb --help' for usage")
      return .usage
    }
  }

  /// Runs one line of the language, as `mnb help COMMAND` does.
  private func runLine(_ line: String) -> ExitStatus {
    do {
      guard let statement = try Parser.parse(line: line, number: 1) else { return .success }
      try makeSession().run(statement)
      return .success
    } catch let failure as SessionFailure {
      console.printProblem("mnb: error: \(failure.message)")
      return .usage
    } catch {
      console.printProblem("mnb: error: \(error)")
      return .usage
    }
  }

  private func makeSession() -> Session {
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    let session = Session(
      console: console, environment: environment, homeDirectory: home,
      isCancelled: { Interrupt.isRequested })
    session.notebookRunner = { [unowned session] path, location throws(SessionFailure) in
      try runNested(path, in: session, at: location)
    }
    return session
  }

  /// Runs a notebook from inside a session (`run "FILE"`), in that same session.
  private func runNested(_ path: String, in session: Session, at location: SourceLocation)
    throws(SessionFailure)
  {
    switch Notebook.load(path: path) {
    case .failure(let error):
      throw SessionFailure(
        .loadFailed(dataset: path, reason: error.messages.joined(separator: "\n")), at: location)
    case .success(let notebook):
      let runner = NotebookRunner(
        session: session, console: session.console, fileName: path, options: RunOptions())
      let status = runner.run(notebook)
      guard status == .success else {
        let error: SessionError =
          status == .interrupted
          ? .interrupted(step: "the notebook '\(path)' stopped")
          : .notebookFailed(path: path, status: status.rawValue)
        throw SessionFailure(error, at: location)
      }
    }
  }

  private func runNotebook(_ run: RunArguments) -> ExitStatus {
    switch Notebook.load(path: run.path, overrides: run.options.parameters) {
    case .failure(let error):
      error.messages.forEach(console.printProblem)
      switch error {
      case .unreadable: return .failure
      case .unparsable: return .unparsable
      case .badParameter: return .usage
      }
    case .success(let notebook) where run.listsCells:
      console.output(CellListing(notebook: notebook).text)
      return .success
    case .success(let notebook):
      let session = makeSession()
      let runner = NotebookRunner(
        session: session, console: console, fileName: run.path, options: run.options)
      return session.runningNotebook(run.path) { runner.run(notebook) }
    }
  }
}

/// What the command line asks for.
enum CommandLineAction: Equatable {
  static func unexpected(_ argument: String, after first: String) -> CommandLineAction {
    .invalid("unexpected argument '\(argument)' after '\(first)'", usage: nil)
  }

  case showHelp
  case showVersion
  /// `mnb help COMMAND`: the same page as `help COMMAND` in a session.
  case showCommandHelp(String)
  case interactive
  case runNotebook(RunArguments)
  case invalid(String, usage: String?)

  init(_ arguments: [String]) {
    switch arguments.first {
    case nil:
      self = .interactive
    case "-h", "--help", "help":
      switch arguments.count {
      case 1: self = .showHelp
      case 2 where !arguments[1].hasPrefix("-"): self = .showCommandHelp(arguments[1])
      default: self = .unexpected(arguments[1], after: arguments[0])
      }
    case "-V", "--version", "version":
      self = arguments.count == 1 ? .showVersion : .unexpected(arguments[1], after: arguments[0])
    case "run":
      do {
        self = .runNotebook(try RunArguments(arguments.dropFirst()))
      } catch {
        self = .invalid(error.description, usage: RunArguments.usage)
      }
    case let word?:
      let kind = word.hasPrefix("-") ? "unknown option" : "unknown command"
      self = .invalid("\(kind) '\(word)'; expected 'run FILE', '--help' or '--version'", usage: nil)
    }
  }
}
