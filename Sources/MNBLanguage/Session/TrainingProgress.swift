import Foundation
import MNBEngine

/// Reports a training run: about ten loss lines on the log, and on a terminal a progress bar
/// redrawn in place at most ten times a second and cleared at the end, where the caller's
/// one-line summary takes its place. Off a terminal, no bar, no carriage return, no escapes.
final class TrainingProgress: @unchecked Sendable {
  private let console: Console
  private let epochs: Int
  private let started = Date()
  private var lastDrawn = Date.distantPast
  private var hasStatusLine = false
  private let hasValidation: Bool
  private var pendingLine = ""
  /// The epoch whose weights early stopping kept, once it has stopped the run.
  private(set) var bestEpoch: Int?

  init(console: Console, epochs: Int, hasValidation: Bool) {
    self.console = console
    self.epochs = epochs
    self.hasValidation = hasValidation
  }

  func handle(_ event: TrainingEvent) {
    switch event {
    case .epochEnded(let epoch, let total, let loss):
      pendingLine = "epoch \(epoch)/\(total)  loss \(Format.loss(loss))"
      if !hasValidation { printPendingLine(epoch: epoch, total: total) }
      drawStatusLine(epoch: epoch, total: total, loss: loss)
    case .validated(let epoch, let total, let loss, let accuracy):
      pendingLine += "  validation loss \(Format.loss(loss))  accuracy \(Format.fraction(accuracy))"
      printPendingLine(epoch: epoch, total: total)
    case .stoppedEarly(let epoch, let bestEpoch, let bestLoss):
      self.bestEpoch = bestEpoch
      clearStatusLine()
      console.printLog(
        "stopped early after epoch \(epoch): the validation loss last improved at epoch "
          + "\(bestEpoch) (\(Format.loss(bestLoss))), whose weights the model keeps")
    }
  }

  /// Prints about ten epoch lines per run: the first, the last and evenly spaced ones.
  private func printPendingLine(epoch: Int, total: Int) {
    let step = max(1, total / 10)
    guard epoch % step == 0 || epoch == total || epoch == 1 else { return }
    clearStatusLine()
    console.printLog(pendingLine)
  }

  func finish() { clearStatusLine() }

  private func drawStatusLine(epoch: Int, total: Int, loss: Float) {
    guard console.logIsTerminal, Date().timeIntervalSince(lastDrawn) >= 0.1 else { return }
    lastDrawn = Date()
    let bar = ProgressBar(
      epoch: epoch, epochs: total, loss: loss, elapsed: Date().timeIntervalSince(started))
    console.log("\r" + bar.line(width: ProgressBar.columns(of: STDERR_FILENO)) + "\u{1B}[K")
    hasStatusLine = true
  }

  private func clearStatusLine() {
    guard hasStatusLine else { return }
    console.log("\r\u{1B}[K")
    hasStatusLine = false
  }
}
