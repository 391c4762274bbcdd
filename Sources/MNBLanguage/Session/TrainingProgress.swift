import Foundation
import MNBEngine

/// Reports a training run: about ten loss lines on the output, and on a terminal a status line
/// on the log stream that is redrawn in place and cleared at the end.
final class TrainingProgress: @unchecked Sendable {
  private let console: Console
  private let epochs: Int
  private let started = Date()
  private var lastDrawn = Date.distantPast
  private var hasStatusLine = false

  init(console: Console, epochs: Int) {
    self.console = console
    self.epochs = epochs
  }

  func handle(_ event: TrainingEvent) {
    guard case .epochEnded(let epoch, let total, let loss) = event else { return }
    let step = max(1, total / 10)
    if epoch % step == 0 || epoch == total || epoch == 1 {
      clearStatusLine()
      console.printLog("epoch \(epoch)/\(total)  loss \(Format.loss(loss))")
    }
    drawStatusLine(epoch: epoch, total: total, loss: loss)
  }

  func finish() { clearStatusLine() }

  private func drawStatusLine(epoch: Int, total: Int, loss: Float) {
    guard console.logIsTerminal, Date().timeIntervalSince(lastDrawn) > 0.1 else { return }
    lastDrawn = Date()
    let elapsed = Date().timeIntervalSince(started)
    let left = elapsed / Double(epoch) * Double(total - epoch)
    console.log(
      "\r\u{1B}[2Ktraining: epoch \(epoch)/\(total)  loss \(Format.loss(loss))  "
        + "\(String(format: "%.0f", left)) s left")
    hasStatusLine = true
  }

  private func clearStatusLine() {
    guard hasStatusLine else { return }
    console.log("\r\u{1B}[2K")
    hasStatusLine = false
  }
}
