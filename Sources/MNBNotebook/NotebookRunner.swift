import Foundation
import MNBLanguage

/// Executes a notebook's code cells in order in one session, stopping at the first failure.
public struct NotebookRunner {
  private let session: Session
  private let console: Console
  private let fileName: String

  /// - Parameter fileName: the notebook's path as the user wrote it, used in diagnostics.
  public init(session: Session, console: Console, fileName: String) {
    self.session = session
    self.console = console
    self.fileName = fileName
  }

  /// Runs every code cell; prints each cell's header and output, and the first error.
  public func run(_ notebook: Notebook) -> ExitStatus {
    let cells = notebook.codeCells
    for (offset, cell) in cells.enumerated() {
      console.print(header(for: cell, number: offset + 1, of: cells.count))
      let started = Date()

      if let status = run(cell) { return status }

      let seconds = Date().timeIntervalSince(started)
      console.printLog(progressLine(for: cell, number: offset + 1, of: cells.count, seconds))
    }
    return .success
  }

  private func run(_ cell: Cell) -> ExitStatus? {
    for statement in cell.statements {
      do {
        try session.run(statement)
      } catch {
        let diagnostic = Diagnostic(
          file: fileName, location: error.location, message: error.message)
        console.printLog(diagnostic.description)
        return error.isInterruption ? .interrupted : .failure
      }
    }
    return nil
  }

  private func progressLine(for cell: Cell, number: Int, of count: Int, _ seconds: Double)
    -> String
  {
    let name = cell.name.map { "\($0)  " } ?? ""
    return "[\(number)/\(count)] \(name)line \(cell.line)  ok  \(String(format: "%.1f", seconds)) s"
  }

  private func header(for cell: Cell, number: Int, of count: Int) -> String {
    let name = cell.name.map { " \($0)" } ?? ""
    return "=== [\(number)/\(count)]\(name) (line \(cell.line)) ==="
  }
}

extension Notebook {
  /// Reads and parses the notebook at `path`, turning every problem into diagnostics.
  public static func load(path: String) -> Result<Notebook, NotebookLoadError> {
    guard let data = FileManager.default.contents(atPath: path) else {
      let reason =
        FileManager.default.fileExists(atPath: path) ? "it cannot be read" : "no such file"
      return .failure(.unreadable(path: path, reason: reason))
    }
    guard let text = String(data: data, encoding: .utf8) else {
      return .failure(.unreadable(path: path, reason: "it is not UTF-8 text"))
    }
    do {
      return .success(try Notebook.parse(text))
    } catch {
      let diagnostics = error.errors.map {
        Diagnostic(file: path, location: $0.location, message: $0.message)
      }
      return .failure(.unparsable(diagnostics))
    }
  }
}

public enum NotebookLoadError: Error, Sendable, Equatable {
  case unreadable(path: String, reason: String)
  case unparsable([Diagnostic])

  /// The lines to print, one per problem.
  public var messages: [String] {
    switch self {
    case .unreadable(let path, let reason): ["error: cannot read '\(path)': \(reason)"]
    case .unparsable(let diagnostics): diagnostics.map(\.description)
    }
  }
}
