import MNBData

/// Why a plot could not be drawn. Each case holds the facts; `description` words them.
public enum PlotError: Error, Equatable, Sendable {
  /// A user string (title, class name, caption, path) holds a character below 0x20, 0x7f or a
  /// C1 control; `field` says which string it was.
  case controlCharacter(field: String, text: String)
  /// An output path starts with `|` or `<`, which gnuplot would run as a command.
  case unsafePath(String)
  case unsupportedExtension(path: String, extension: String)
  case missingFolder(path: String)
  case invalidSize(width: Int, height: Int)
  case cannotWrite(path: String, reason: String)
  /// The picture's file could not be made or replaced, for the reason every write gives.
  case fileFault(AtomicFileError)
  /// gnuplot could not be found; `override` is `MNB_GNUPLOT` when it was set, `savedScript`
  /// the script written beside the requested picture, if any.
  case gnuplotMissing(override: String?, savedScript: String?)
  case gnuplotUnusable(executable: String, reason: String)
  case terminalUnavailable(executable: String, terminal: String)
  /// gnuplot reported an error or exited with a non-zero status; `message` quotes its stderr.
  case gnuplotFailed(executable: String, status: Int32, message: String)
  case gnuplotKilled(executable: String, signal: Int32)
  case gnuplotTimedOut(executable: String, seconds: Double)
  /// The caller asked to stop while gnuplot ran, and it was killed.
  case cancelled
  /// gnuplot finished without error but wrote no picture (`path` empty or missing).
  case emptyOutput(path: String)
  case emptyPlot(kind: String)
  case invalidShape(kind: String, detail: String)
  case weightCount(expected: Int, found: Int, height: Int, width: Int)
  case nameCount(field: String, expected: Int, found: Int)
  case imageSize(index: Int, expected: Int, found: Int)
  case notSquare(row: Int, expected: Int, found: Int)
  case negativeCount(trueClass: Int, predicted: Int, value: Int)
  case noFiniteLoss(series: String)
  case nonPositiveOnLogScale(series: String, epoch: Int, value: Double)
}
