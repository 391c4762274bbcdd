import Foundation

/// One line showing how far a training run has got, fitted to the terminal's width:
/// `epoch 12/100 [=====>      ] loss 0.2345  3.1 epochs/s  28s left`.
///
/// On a narrow terminal the rate goes first, then the bar, then the time left; the epoch and
/// the loss stay as long as they fit at all.
struct ProgressBar {
  var epoch: Int
  var epochs: Int
  var loss: Float
  /// Seconds since the run started.
  var elapsed: Double

  /// The line, at most `width - 1` characters so the terminal never wraps it.
  func line(width: Int) -> String {
    let room = max(1, width - 1)
    let loss = "loss " + Format.loss(self.loss)
    let layouts: [(hasBar: Bool, parts: [String?])] = [
      (true, [loss, rate, timeLeft]), (true, [loss, timeLeft]), (false, [counter, loss, timeLeft]),
      (false, [counter, loss]),
    ]
    for layout in layouts {
      let tail = layout.parts.compactMap { $0 }.joined(separator: "  ")
      guard layout.hasBar else {
        if tail.count <= room { return tail }
        continue
      }
      let barWidth = min(40, room - counter.count - tail.count - 2)
      if barWidth >= 12 { return counter + " " + bar(width: barWidth) + " " + tail }
    }
    return String((counter + "  " + loss).prefix(room))
  }

  private var counter: String { "epoch \(epoch)/\(epochs)" }

  /// `[====>     ]`, `width` characters in all.
  private func bar(width: Int) -> String {
    let inside = width - 2
    let done = epochs > 0 ? min(inside, inside * epoch / epochs) : 0
    let head = done < inside && done > 0 ? ">" : ""
    let filled = String(repeating: "=", count: done - head.count) + head
    return "[" + filled + String(repeating: " ", count: inside - filled.count) + "]"
  }

  private var rate: String? {
    guard elapsed > 0, epoch > 0 else { return nil }
    let perSecond = Double(epoch) / elapsed
    guard perSecond >= 1 else { return String(format: "%.1f s/epoch", 1 / perSecond) }
    return String(format: perSecond < 10 ? "%.1f epochs/s" : "%.0f epochs/s", perSecond)
  }

  private var timeLeft: String? {
    guard epoch > 0, epoch < epochs else { return nil }
    let seconds = elapsed / Double(epoch) * Double(epochs - epoch)
    return Self.duration(seconds) + " left"
  }

  /// `42s`, `4m05s`, `3h07m`, or `>99h`.
  static func duration(_ seconds: Double) -> String {
    guard seconds.isFinite, seconds < 100 * 3600 else { return ">99h" }
    let whole = Int(seconds.rounded(.up))
    if whole < 60 { return "\(whole)s" }
    if whole < 3600 { return String(format: "%dm%02ds", whole / 60, whole % 60) }
    return String(format: "%dh%02dm", whole / 3600, whole % 3600 / 60)
  }

  /// The width of the terminal on `descriptor`, or 80 when it does not say.
  static func columns(of descriptor: Int32) -> Int {
    TerminalSize.of(descriptor)?.columns ?? 80
  }
}
