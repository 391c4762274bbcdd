/// The weights of a linear classifier drawn as one heatmap per class.
///
/// `weights` is row-major `(1 + height·width) × classCount`: row 0 holds the biases (not drawn),
/// row `1 + k` pixel `k`, which sits at image row `k / width`, column `k % width`, row 0 on top.
/// All panels share one colour range `[-m, m]` with `m` the largest finite `|w|`, so white is
/// exactly zero; all-zero weights use `[-1, 1]` and say so in the title.
public struct WeightHeatmap: Sendable, Equatable {
  public var weights: [Float]
  public var height: Int
  public var width: Int
  /// One name per class; `nil` names the classes `0`, `1`, ….
  public var classNames: [String]?
  public var title: String?

  public init(
    weights: [Float], height: Int, width: Int, classNames: [String]? = nil, title: String? = nil
  ) {
    self.weights = weights
    self.height = height
    self.width = width
    self.classNames = classNames
    self.title = title
  }

  /// The number of classes implied by the weights' length.
  /// - Throws: `PlotError.weightCount` when the length is not a multiple of `1 + height·width`.
  public func classCount() throws -> Int {
    guard height > 0, width > 0 else {
      throw PlotError.invalidShape(kind: "weights", detail: "image size '\(height)x\(width)'")
    }
    let perClass = 1 + height * width
    guard !weights.isEmpty, weights.count % perClass == 0 else {
      throw PlotError.weightCount(
        expected: perClass, found: weights.count, height: height, width: width)
    }
    return weights.count / perClass
  }

  /// The shared colour limit `m`: the largest finite `|w|` outside the bias row, or 1 when
  /// every weight is zero (gnuplot refuses an empty colour range).
  func colourLimit(classCount: Int) -> (limit: Double, isAllZero: Bool) {
    var largest: Float = 0
    for value in weights[classCount...] where value.isFinite {
      largest = max(largest, abs(value))
    }
    return largest > 0 ? (Double(largest), false) : (1, true)
  }

  /// Rows of the datablock for class `c`: `height` lines of `width` numbers, top row first.
  func panelRows(forClass c: Int, classCount: Int) -> [String] {
    (0..<height).map { row in
      (0..<width).map { column in
        GnuplotText.datum(weights[(1 + row * width + column) * classCount + c])
      }.joined(separator: " ")
    }
  }

  func names(classCount: Int) throws -> [String] {
    let names = classNames ?? (0..<classCount).map(String.init)
    guard names.count == classCount else {
      throw PlotError.nameCount(field: "class names", expected: classCount, found: names.count)
    }
    return names
  }
}
