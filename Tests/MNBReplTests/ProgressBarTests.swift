import Testing

@testable import MNBLanguage

@Suite struct ProgressBarTests {
  let bar = ProgressBar(epoch: 25, epochs: 100, loss: 0.5, elapsed: 10)

  @Test func showsEpochBarLossRateAndTimeLeft() {
    let line = bar.line(width: 100)
    #expect(line.hasPrefix("epoch 25/100 [========> "))
    #expect(line.hasSuffix("] loss 0.5000  2.5 epochs/s  30s left"))
    #expect(line.count <= 99)
  }

  @Test(arguments: [80, 60, 40, 30, 20, 12, 1])
  func fitsNarrowTerminals(width: Int) {
    let line = bar.line(width: width)
    #expect(line.count <= max(1, width - 1))
    #expect(!line.contains("\r") && !line.contains("\u{1B}"))
  }

  @Test func dropsTheRateThenTheBarThenTheTimeLeft() {
    #expect(bar.line(width: 50).contains("30s left") && !bar.line(width: 50).contains("epochs/s"))
    #expect(bar.line(width: 40) == "epoch 25/100  loss 0.5000  30s left")
    #expect(bar.line(width: 30) == "epoch 25/100  loss 0.5000")
  }

  @Test func writesDurationsCompactly() {
    #expect(ProgressBar.duration(42) == "42s")
    #expect(ProgressBar.duration(245) == "4m05s")
    #expect(ProgressBar.duration(3 * 3600 + 7 * 60) == "3h07m")
    #expect(ProgressBar.duration(.infinity) == ">99h")
  }
}
