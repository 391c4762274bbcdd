import Foundation
import MNBLanguage

/// A console that passes everything on and also keeps what the current cell wrote.
final class OutputRecorder: @unchecked Sendable {
  private let lock = NSLock()
  private var outputs: [ReportOutput] = []

  /// A console writing to `base` (unless `isQuiet`) and recording here.
  func console(passingTo base: Console, isQuiet: Bool) -> Console {
    Console(
      output: { text in
        self.record(text, isError: false)
        if !isQuiet { base.output(text) }
      },
      log: { text in
        self.record(text, isError: true)
        if !isQuiet { base.log(text) }
      },
      logIsTerminal: base.logIsTerminal && !isQuiet,
      picture: { path, description in
        self.record(.picture(path: path, description: description))
        base.picture(path, description)
      })
  }

  /// Everything recorded since the last call, and forgets it.
  func takeOutputs() -> [ReportOutput] {
    lock.withLock {
      defer { outputs = [] }
      return outputs
    }
  }

  func record(_ output: ReportOutput) {
    lock.withLock { outputs.append(output) }
  }

  /// Text is recorded without the in-place progress lines a terminal would show.
  private func record(_ text: String, isError: Bool) {
    guard !text.hasPrefix("\r") else { return }
    record(.text(text, isError: isError))
  }
}
