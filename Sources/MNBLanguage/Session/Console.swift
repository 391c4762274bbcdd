import Foundation
import MNBData
import Synchronization

/// Where a session's words go: results to `output`, logs and diagnostics to `log`.
///
/// Tests pass closures that collect the text; the program passes the standard streams.
public struct Console: Sendable {
  public var output: @Sendable (String) -> Void
  public var log: @Sendable (String) -> Void
  /// True when the log stream is a terminal, so progress may be drawn in place.
  public var logIsTerminal: Bool
  /// Told of every picture file written, with a short description; reports collect them.
  public var picture: @Sendable (_ path: String, _ description: String) -> Void
  /// The width tables must fit, read when a table is printed; nil when there is no limit
  /// (output to a file, a pipe or a notebook report).
  public var columns: @Sendable () -> Int? = { nil }

  public init(
    output: @escaping @Sendable (String) -> Void, log: @escaping @Sendable (String) -> Void,
    logIsTerminal: Bool = false,
    picture: @escaping @Sendable (String, String) -> Void = { _, _ in },
    columns: @escaping @Sendable () -> Int? = { nil }
  ) {
    self.output = output
    self.log = log
    self.logIsTerminal = logIsTerminal
    self.picture = picture
    self.columns = columns
  }

  /// Standard output and standard error, each written through at once.
  public static var standard: Console {
    Console(
      output: { StandardStream.output.write($0) },
      log: { StandardStream.error.write($0) },
      logIsTerminal: isatty(STDERR_FILENO) == 1,
      columns: { isatty(STDOUT_FILENO) == 1 ? TerminalSize.current.columns : nil })
  }

  public func print(_ line: String) { output(line + "\n") }

  public func printLog(_ line: String) { log(line + "\n") }

  /// Logs a message that may quote a user's text (a path, a name, a string), with its control
  /// characters shown escaped; mnb's own escape codes go through `log` or `printLog`.
  public func printProblem(_ line: String) { printLog(VisibleText.message(line)) }
}

/// A standard stream written with plain `write(2)`, so nothing is buffered across a crash
/// and a closed pipe gives an error instead of a signal.
public struct StandardStream: Sendable {
  public let descriptor: Int32

  public static let output = StandardStream(descriptor: STDOUT_FILENO)
  public static let error = StandardStream(descriptor: STDERR_FILENO)

  /// The `errno` of the first failed write to standard output, or 0.
  private static let outputFailure = Atomic<Int32>(0)

  /// Whoever reads the results has gone (as `head` does once it has its lines), so there is
  /// no point in producing more.
  public static var outputIsClosed: Bool { outputFailure.load(ordering: .relaxed) == EPIPE }

  /// Why writing results failed, unless the reader merely closed the pipe.
  public static var outputProblem: String? {
    let code = outputFailure.load(ordering: .relaxed)
    guard code != 0, code != EPIPE else { return nil }
    return String(cString: strerror(code))
  }

  public func write(_ text: String) {
    let code = DescriptorWriter.writeAll(Data(text.utf8), to: descriptor)
    if code != 0 && descriptor == STDOUT_FILENO {
      _ = Self.outputFailure.compareExchange(expected: 0, desired: code, ordering: .relaxed)
    }
  }
}
