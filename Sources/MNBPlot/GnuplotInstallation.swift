import Foundation

/// A gnuplot executable and the terminals it was built with (`GPVAL_TERMINALS`).
struct GnuplotInstallation: Sendable, Equatable {
  var executable: String
  var terminals: Set<String>

  /// Asks `executable` for its terminals.
  /// - Throws: `PlotError.gnuplotUnusable` when it cannot start or lists no `dumb` terminal,
  ///   or an error from `GnuplotOutcome` when it fails.
  static func probe(
    executable: String, environment: [String: String], timeout: Duration
  ) throws -> GnuplotInstallation {
    let child = ChildProcess(executable: executable, environment: environment, timeout: timeout)
    let output = try GnuplotOutcome.run(child, script: "set print '-'\nprint GPVAL_TERMINALS\n")

    let words = String(decoding: output, as: UTF8.self).split(whereSeparator: \.isWhitespace)
    let terminals = Set(words.map(String.init))
    guard terminals.contains("dumb") else {
      throw PlotError.gnuplotUnusable(
        executable: executable, reason: "it does not list its terminals as gnuplot 5 does")
    }
    return GnuplotInstallation(executable: executable, terminals: terminals)
  }

  /// The terminal for a picture file: pngcairo when present, else libgd png; svg.
  /// - Throws: `PlotError.terminalUnavailable`.
  func terminal(for format: OutputFile.Format) throws -> String {
    let choices = format == .png ? ["pngcairo", "png"] : ["svg"]
    guard let found = choices.first(where: terminals.contains) else {
      throw PlotError.terminalUnavailable(executable: executable, terminal: choices[0])
    }
    return found
  }

  func requireTerminal(_ name: String) throws {
    guard terminals.contains(name) else {
      throw PlotError.terminalUnavailable(executable: executable, terminal: name)
    }
  }
}
