import MNBNotebook

/// The arguments of `mnb run`: the notebook's path and its options.
struct RunArguments: Equatable {
  var path: String
  var options = RunOptions()
  var listsCells = false

  static let usage = """
    usage: mnb run [OPTIONS] FILE.mnb
      -p NAME=VALUE          set a parameter declared in the notebook's parameters cell
      --from CELL            start at this cell (a number from 1 or a cell name)
      --to CELL              stop after this cell
      --only CELL[,CELL]     run only these cells (and the parameters cell)
      --list                 list the cells with their lines; run nothing
      --keep-going           run every cell even after a failure (still exits 1)
      --cell-timeout SECS    stop a cell that runs longer, and exit 3
      -o, --output OUT       write the executed notebook: OUT.ipynb, OUT.html or OUT.md
      -q, --quiet            print only errors
    """

  /// - Throws: a message for a usage error (exit 64).
  init(_ arguments: ArraySlice<String>) throws(UsageError) {
    var path: String?
    var options = RunOptions()
    var remaining = arguments

    while let argument = remaining.popFirst() {
      let (flag, attached) = Self.split(argument)
      func value() throws(UsageError) -> String {
        if let attached { return attached }
        guard let next = remaining.popFirst() else {
          throw UsageError("option '\(flag)' needs a value")
        }
        return next
      }

      switch flag {
      case "-p", "--parameter":
        let assignment = try value()
        guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
          throw UsageError("'-p \(assignment)' is not NAME=VALUE")
        }
        let name = String(assignment[..<equals])
        options.parameters[name] = String(assignment[assignment.index(after: equals)...])
      case "--from": options.from = CellReference(try value())
      case "--to": options.to = CellReference(try value())
      case "--only":
        options.only += try value().split(separator: ",").map { CellReference(String($0)) }
      case "--list": listsCells = true
      case "--keep-going": options.keepsGoing = true
      case "--cell-timeout": options.cellTimeout = try Self.seconds(try value())
      case "-o", "--output": options.outputPath = try value()
      case "-q", "--quiet": options.isQuiet = true
      default:
        guard !argument.hasPrefix("-") || argument == "-" else {
          throw UsageError("unknown option '\(flag)' for 'run'")
        }
        guard path == nil else {
          throw UsageError("unexpected argument '\(argument)' after '\(path!)'")
        }
        path = argument
      }
    }

    guard let path else {
      throw UsageError("'run' needs a notebook file, as in 'mnb run Notebooks/mnist.mnb'")
    }
    self.path = path
    self.options = options
  }

  /// `--name=value` as ("--name", "value"); anything else as (argument, nil).
  private static func split(_ argument: String) -> (String, String?) {
    guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else {
      return (argument, nil)
    }
    return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
  }

  private static func seconds(_ text: String) throws(UsageError) -> Double {
    guard let seconds = Double(text), seconds.isFinite, seconds > 0 else {
      throw UsageError("bad value '\(text)' for '--cell-timeout': expected seconds above 0")
    }
    return seconds
  }
}

struct UsageError: Error, Equatable, CustomStringConvertible {
  var description: String

  init(_ description: String) {
    self.description = description
  }
}
