import Foundation

@testable import MNBPlot

/// Helpers shared by the plot tests.
enum TestSupport {
  static let gnuplotPath = "/usr/bin/gnuplot"

  static var hasGnuplot: Bool {
    FileManager.default.isExecutableFile(atPath: gnuplotPath)
  }

  /// The test environment with `MNB_GNUPLOT` set to `gnuplot` (the real one by default).
  static func environment(gnuplot: String? = gnuplotPath) -> [String: String] {
    var environment = ProcessInfo.processInfo.environment
    environment["MNB_GNUPLOT"] = gnuplot
    return environment
  }

  /// A fresh empty folder, removed after `body`.
  static func withFolder<T>(_ body: (String) throws -> T) throws -> T {
    let path = NSTemporaryDirectory() + "mnb-plot-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try body(path)
  }

  static func files(in folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
  }

  /// Writes an executable shell script standing in for gnuplot.
  static func fakeGnuplot(in folder: String, body: String) throws -> String {
    let path = folder + "/fake-gnuplot"
    try ("#!/bin/sh\n" + body + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
    return path
  }

  /// Fake gnuplot lines that answer the terminal probe like gnuplot 5 and then go on.
  static let answersProbe = """
    IFS= read -r first
    if [ "$first" = "set print '-'" ]; then echo 'dumb png pngcairo svg sixelgd'; exit 0; fi
    """

  /// Width and height from a PNG's IHDR chunk, or `nil` when the signature is wrong.
  static func pngSize(at path: String) -> PixelSize? {
    guard let data = FileManager.default.contents(atPath: path), data.count > 24 else {
      return nil
    }
    let bytes = [UInt8](data.prefix(24))
    guard bytes[0..<8] == [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
      bytes[12..<16] == Array("IHDR".utf8)[...]
    else { return nil }
    let number = { (at: Int) in bytes[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
    return PixelSize(width: number(16), height: number(20))
  }

  static let sampleWeights: Plot = {
    var weights = [Float](repeating: 0, count: 785 * 10)
    for k in 0..<784 {
      for c in 0..<10 {
        weights[(1 + k) * 10 + c] = Float((k * (c + 3)) % 41 - 20) / 40
      }
    }
    return .weights(WeightHeatmap(weights: weights, height: 28, width: 28, title: "weights"))
  }()

  static let sampleLosses: Plot = .losses(
    LossCurves(
      series: [
        LossSeries(name: "a", training: [2, 1, 0.6, .nan, 0.4], validation: [2.1, 1.2, 0.8, 0.7]),
        LossSeries(name: "b", training: [2.2, 1.4, 1, 0.9, 0.85]),
      ], title: "loss"))

  static let sampleConfusion: Plot = .confusion(
    ConfusionMatrix(
      counts: (0..<10).map { t in (0..<10).map { p in t == p ? 950 : (t + p) % 7 } },
      title: "confusion"))

  static let sampleImages: Plot = .images(
    ImageGrid(
      images: (0..<6).map { n in (0..<784).map { UInt8(($0 * (n + 1)) % 256) } },
      height: 28, width: 28, captions: (0..<6).map { "pred \($0) / true \($0)" },
      title: "digits"))

  static let allPlots: [Plot] = [sampleWeights, sampleLosses, sampleConfusion, sampleImages]
}
