import Foundation
import Synchronization

/// Counts Ctrl-C presses while a command runs, for steps that never look at the interrupt
/// flag (loading a data set, drawing a plot).
///
/// The first press sets the flag as before: training stops at its next batch. A second press
/// while the same command still runs prints what a third will do; the third leaves mnb with
/// status 130. The history is already saved by then; the session's data sets and models are
/// lost. A step cannot be abandoned more gently, because the session's state is not safe to
/// share with a command left running on another thread.
enum StuckStepGuard {
  private static let presses = Atomic<Int>(0)
  private static let isCommandRunning = Atomic<Bool>(false)
  /// The handler installed before this one (the interrupt flag's), which ours calls first.
  nonisolated(unsafe) private static var previous: (@convention(c) (Int32) -> Void)?

  private static let warning = Array(
    ("\nmnb: this step does not respond to Ctrl-C; press Ctrl-C again to leave mnb "
      + "(the history is kept, data sets and models are lost)\n").utf8)
  private static let farewell = Array("\nmnb: left during a step that did not stop\n".utf8)

  /// Chains onto the SIGINT handler in place; call after `Interrupt.install()`.
  static func install() {
    var current = sigaction()
    sigaction(SIGINT, nil, &current)
    previous = current.__sigaction_handler.sa_handler
    var action = current
    action.__sigaction_handler.sa_handler = { signal in
      StuckStepGuard.previous?(signal)
      StuckStepGuard.pressed()
    }
    sigaction(SIGINT, &action, nil)
  }

  /// Only async-signal-safe calls: atomics, `write` and `_exit`.
  private static func pressed() {
    guard isCommandRunning.load(ordering: .relaxed) else { return }
    let count = presses.add(1, ordering: .relaxed).newValue
    if count == 2 {
      warning.withUnsafeBytes { _ = write(STDERR_FILENO, $0.baseAddress, $0.count) }
    } else if count >= 3 {
      farewell.withUnsafeBytes { _ = write(STDERR_FILENO, $0.baseAddress, $0.count) }
      _exit(130)
    }
  }

  static func commandWillRun() {
    presses.store(0, ordering: .relaxed)
    isCommandRunning.store(true, ordering: .relaxed)
  }

  static func commandDidEnd() {
    isCommandRunning.store(false, ordering: .relaxed)
  }
}
