import Foundation

/// The size of a terminal, in character cells.
public struct TerminalSize: Sendable {
  public var columns: Int
  public var rows: Int

  /// The size of the terminal on `descriptor`, or nil when it is not a terminal.
  public static func of(_ descriptor: Int32) -> TerminalSize? {
    var size = winsize()
    guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return TerminalSize(columns: Int(size.ws_col), rows: Int(size.ws_row))
  }

  /// The size of the terminal on standard output, or 100×30 when it is not a terminal.
  static var current: TerminalSize {
    of(STDOUT_FILENO) ?? TerminalSize(columns: 100, rows: 30)
  }
}
