import Foundation
import Synchronization

/// Shows the bytes read while a data set loads, on a terminal only, redrawn in place at most
/// ten times a second and cleared when the load ends.
final class LoadProgress: Sendable {
  private let console: Console
  private let state = Mutex<(lastDrawn: Date, hasLine: Bool)>((.distantPast, false))

  init(console: Console) {
    self.console = console
  }

  func handle(bytesRead: Int, of total: Int) {
    guard console.logIsTerminal else { return }
    let shouldDraw = state.withLock { state in
      guard Date().timeIntervalSince(state.lastDrawn) > 0.1 else { return false }
      state = (Date(), true)
      return true
    }
    guard shouldDraw else { return }
    console.log(
      "\r\u{1B}[2Kloading: \(Self.megabytes(bytesRead)) of \(Self.megabytes(total)) MB")
  }

  func finish() {
    let hadLine = state.withLock { state in
      defer { state.hasLine = false }
      return state.hasLine
    }
    if hadLine { console.log("\r\u{1B}[2K") }
  }

  private static func megabytes(_ bytes: Int) -> String {
    String(format: "%.1f", Double(bytes) / 1_000_000)
  }
}
