import Foundation

/// The size of the terminal on standard output, in character cells.
struct TerminalSize {
  var columns: Int
  var rows: Int

  /// The terminal's size, or 100×30 when standard output is not a terminal.
  static var current: TerminalSize {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else {
      return TerminalSize(columns: 100, rows: 30)
    }
    return TerminalSize(columns: Int(size.ws_col), rows: Int(size.ws_row))
  }
}
