import Foundation

/// Turns a finished gnuplot run into its stdout or a `PlotError` quoting gnuplot.
///
/// With a script on stdin gnuplot reports an error as `line N: message` on stderr, carries on
/// with the next commands and exits 1 at the end; `line N: warning: …` is not an error.
enum GnuplotOutcome {
  /// Runs `child` on `script` and returns its stdout.
  /// - Throws: `PlotError.gnuplotUnusable` when it cannot start, else as `check`.
  static func run(_ child: ChildProcess, script: String) throws -> Data {
    let result: ChildResult
    do {
      result = try child.run(input: Data(script.utf8))
    } catch {
      throw PlotError.gnuplotUnusable(
        executable: child.executable, reason: "cannot start it (\(error.localizedDescription))")
    }
    try check(result, executable: child.executable, timeout: child.timeout)
    return result.output
  }

  /// - Throws: `gnuplotTimedOut`, `gnuplotKilled` or `gnuplotFailed`.
  static func check(_ result: ChildResult, executable: String, timeout: Duration) throws {
    let stderr = String(decoding: result.errors, as: UTF8.self)
    switch result.ending {
    case .timedOut:
      throw PlotError.gnuplotTimedOut(
        executable: executable, seconds: timeout / .milliseconds(1) / 1000)
    case .cancelled:
      throw PlotError.cancelled
    case .signalled(let signal):
      throw PlotError.gnuplotKilled(executable: executable, signal: signal)
    case .exited(let status):
      if let message = errorMessage(in: stderr) ?? (status != 0 ? lastLines(of: stderr) : nil) {
        throw PlotError.gnuplotFailed(executable: executable, status: status, message: message)
      }
      if status != 0 || result.inputWasCutShort {
        throw PlotError.gnuplotFailed(
          executable: executable, status: status, message: "it stopped reading its script")
      }
    }
  }

  /// The first `line N: …` report that is not a warning, without leading blanks.
  static func errorMessage(in stderr: String) -> String? {
    for line in stderr.split(separator: "\n") {
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      guard trimmed.hasPrefix("line "), let colon = trimmed.firstIndex(of: ":") else { continue }
      let number = trimmed[trimmed.index(trimmed.startIndex, offsetBy: 5)..<colon]
      let rest = trimmed[trimmed.index(after: colon)...].drop { $0 == " " }
      if !number.isEmpty, number.allSatisfy(\.isNumber), !rest.hasPrefix("warning:") {
        return String(trimmed)
      }
    }
    return nil
  }

  /// Up to three last non-blank lines, for a failure without a `line N:` report; `nil` if none.
  private static func lastLines(of stderr: String) -> String? {
    let lines = stderr.split(separator: "\n").map {
      $0.trimmingCharacters(in: .whitespaces)
    }.filter { !$0.isEmpty }
    return lines.isEmpty ? nil : lines.suffix(3).joined(separator: " / ")
  }
}
