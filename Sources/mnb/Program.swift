import Foundation
import MNBLanguage
import MNBNotebook
import MNBRepl

/// Reads the command line and hands the work to the REPL or the notebook runner.
struct Program {
  let arguments: [String]
  let console = Console.standard
  let environment = ProcessInfo.processInfo.environment

  func run() -> ExitStatus {
    switch CommandLineAction(arguments) {
    case .showHelp:
      console.output(Usage.text)
      return .success
    case .showVersion:
      console.print("mnb \(MNBVersion.current)")
      return .success
    case .interactive:
      return Repl(session: makeSession(), console: console, environment: environment).run()
    case .runNotebook(let path):
      return runNotebook(at: path)
    case .invalid(let message):
      console.printLog("mnb: error: \(message)")
      console.printLog("run 'mnb --help' for usage")
      return .usage
    }
  }

  private func makeSession() -> Session {
    Session(
      console: console, environment: environment, homeDirectory: NSHomeDirectory(),
      isCancelled: { Interrupt.isRequested })
  }

  private func runNotebook(at path: String) -> ExitStatus {
    switch Notebook.load(path: path) {
    case .failure(let error):
      error.messages.forEach(console.printLog)
      if case .unreadable = error { return .failure }
      return .unparsable
    case .success(let notebook):
      let runner = NotebookRunner(session: makeSession(), console: console, fileName: path)
      return runner.run(notebook)
    }
  }
}

/// What the command line asks for.
enum CommandLineAction: Equatable {
  case showHelp
  case showVersion
  case interactive
  case runNotebook(path: String)
  case invalid(String)

  init(_ arguments: [String]) {
    switch arguments.first {
    case nil:
      self = .interactive
    case "-h", "--help", "help":
      self = .showHelp
    case "-V", "--version", "version":
      self = .showVersion
    case "run":
      let rest = arguments.dropFirst()
      guard let path = rest.first else {
        self = .invalid("'run' needs a notebook file, as in 'mnb run Notebooks/mnist.mnb'")
        return
      }
      if path.hasPrefix("-") && path != "-" {
        self = .invalid("unknown option '\(path)' for 'run'")
      } else if rest.count > 1 {
        self = .invalid("unexpected argument '\(rest.dropFirst().first!)' after '\(path)'")
      } else {
        self = .runNotebook(path: path)
      }
    case let word?:
      let hint = word.hasPrefix("-") ? "unknown option" : "unknown command"
      self = .invalid("\(hint) '\(word)'; expected 'run FILE', '--help' or '--version'")
    }
  }
}

enum Usage {
  static let text = """
    mnb \(MNBVersion.current): train and evaluate small models on IDX image data (MNIST)

    usage:
      mnb                 open the interactive mnb> session (reads a script from a pipe)
      mnb run FILE.mnb    run a notebook's cells in order and print their output
      mnb --help          show this help
      mnb --version       show the version

    Inside a session, 'help' lists the commands and 'help COMMAND' explains one.

    environment:
      MNB_DATA          a folder holding data sets (e.g. MNB_DATA/mnist/*.gz)
      XDG_CACHE_HOME    data sets are also looked for in $XDG_CACHE_HOME/mnb
      XDG_STATE_HOME    the interactive history is kept in $XDG_STATE_HOME/mnb/history

    exit status: 0 success, 1 a command or cell failed, 2 the notebook cannot be parsed,
    64 bad command line, 130 interrupted

    """
}
