import Foundation
import MNBEngine

/// The peak resident memory of this process after loading MNIST, and after training the
/// default recipe on it; the process does nothing else, so the second figure is the whole cost.
enum MemoryBenchmark {
  static func run() throws {
    let splits = try BenchData.load("mnist")
    let afterLoad = ResidentMemory.current()

    var options = TrainingOptions.recommended
    options.seed = 1
    let features = FeatureMatrix(splits.train)
    var model = LogisticModel(
      inputSize: features.pixelsPerImage, classNames: features.classNames, seed: 1,
      kind: .recommended)
    try model.train(on: features, options: options)
    let afterTraining = ResidentMemory.current()

    JSONLine.emit([
      "benchmark": "memory", "dataset": "mnist",
      "peak_after_load_mb": afterLoad.peakMegabytes,
      "peak_mb": afterTraining.peakMegabytes,
      "max_rss_mb": afterTraining.maxRSSMegabytes,
    ])
  }
}

/// What the kernel reports about this process's memory, in megabytes of 2²⁰ bytes.
struct ResidentMemory {
  /// `VmHWM` in `/proc/self/status`: the largest resident set so far.
  let peakMegabytes: Double
  /// `ru_maxrss` of `getrusage(RUSAGE_SELF)`, the same peak through another door.
  let maxRSSMegabytes: Double

  static func current() -> ResidentMemory {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return ResidentMemory(
      peakMegabytes: Double(statusKilobytes("VmHWM") ?? -1) / 1024,
      maxRSSMegabytes: Double(usage.ru_maxrss) / 1024)
  }

  /// A `kB` field of `/proc/self/status`, or `nil` on a system without it.
  private static func statusKilobytes(_ field: String) -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return nil
    }
    let line = status.split(separator: "\n").first { $0.hasPrefix(field + ":") }
    return line?.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first
      .flatMap { Int($0) }
  }
}
