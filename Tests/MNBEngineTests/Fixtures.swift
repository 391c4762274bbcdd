import MNBData
import MNBEngine

/// Small data sets made in memory for the engine's tests.
enum Fixtures {
  /// `count` images of `height × width` random pixels with random labels among `classCount`;
  /// about `zeroFraction` of the pixels are 0, as in MNIST's background.
  static func randomDataset(
    count: Int, height: Int = 2, width: Int = 3, classCount: Int = 3, seed: UInt64 = 7,
    zeroFraction: Double = 0
  ) -> Dataset {
    var generator = SplitMix64(seed: seed)
    let zeroBelow = Int(zeroFraction * 1000)
    let pixels = (0..<count * height * width).map { _ in
      zeroBelow > 0 && generator.next(below: 1000) < zeroBelow
        ? 0 : UInt8(generator.next(below: 256))
    }
    let labels = (0..<count).map { _ in UInt8(generator.next(below: classCount)) }
    return Dataset(
      name: "random", height: height, width: width, pixels: pixels, labels: labels,
      classNames: (0..<classCount).map(String.init))
  }

  /// 4×4 images of three linearly separable classes: a bright top row, a bright left column or
  /// a bright bottom-right square, each over faint noise.
  static func separableDataset(countPerClass: Int = 20, seed: UInt64 = 3) -> Dataset {
    var generator = SplitMix64(seed: seed)
    var pixels: [UInt8] = []
    var labels: [UInt8] = []
    for index in 0..<countPerClass * 3 {
      let label = index % 3
      for row in 0..<4 {
        for column in 0..<4 {
          let bright = isBright(row: row, column: column, label: label)
          pixels.append(bright ? UInt8(200 + generator.next(below: 56)) : noise(&generator))
        }
      }
      labels.append(UInt8(label))
    }
    return Dataset(
      name: "separable", height: 4, width: 4, pixels: pixels, labels: labels,
      classNames: ["top", "left", "corner"])
  }

  private static func isBright(row: Int, column: Int, label: Int) -> Bool {
    switch label {
    case 0: return row == 0
    case 1: return column == 0
    default: return row >= 2 && column >= 2
    }
  }

  private static func noise(_ generator: inout SplitMix64) -> UInt8 {
    UInt8(generator.next(below: 30))
  }
}
