import Foundation
import MNBLanguage

extension Notebook {
  /// Reads and parses the notebook at `path`, turning every problem into a message.
  ///
  /// - Parameter overrides: parameter values as typed with `-p NAME=VALUE`.
  public static func load(path: String, overrides: [String: String] = [:])
    -> Result<Notebook, NotebookLoadError>
  {
    let data: Data
    do {
      data = try NotebookFile.contents(of: path)
    } catch {
      return .failure(.unreadable(path: path, reason: error.reason))
    }
    guard let text = String(data: data, encoding: .utf8) else {
      return .failure(.unreadable(path: path, reason: "it is not UTF-8 text"))
    }

    do {
      return .success(try Notebook.parse(text, overrides: overrides))
    } catch {
      guard case .unparsable(let errors) = error else {
        return .failure(.badParameter("\(path): error: \(error.parameterMessage ?? "")"))
      }
      return .failure(
        .unparsable(
          errors.map { Diagnostic(file: path, location: $0.location, message: $0.message) }))
    }
  }
}

/// Why a notebook file cannot run.
public enum NotebookLoadError: Error, Sendable, Equatable {
  case unreadable(path: String, reason: String)
  case unparsable([Diagnostic])
  case badParameter(String)

  /// The lines to print, one per problem.
  public var messages: [String] {
    switch self {
    case .unreadable(let path, let reason): ["mnb: error: cannot read '\(path)': \(reason)"]
    case .unparsable(let diagnostics): diagnostics.map(\.description)
    case .badParameter(let message): [message]
    }
  }
}
