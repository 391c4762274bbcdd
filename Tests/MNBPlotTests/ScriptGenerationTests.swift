import Testing

@testable import MNBPlot

/// Scripts as text; no gnuplot needed.
@Suite struct ScriptGenerationTests {
  /// 4×3 images, two classes: class 0 has a bright top row and a half-bright left column,
  /// class 1 the same negated; the bias row holds 9s, which must not appear.
  static let pattern: [Float] = {
    let (height, width, classes) = (4, 3, 2)
    var weights = [Float](repeating: 9, count: (1 + height * width) * classes)
    for k in 0..<(height * width) {
      let value: Float = k / width == 0 ? 1 : (k % width == 0 ? 0.5 : 0)
      weights[(1 + k) * classes] = value
      weights[(1 + k) * classes + 1] = -value
    }
    return weights
  }()

  @Test func weightPanelsPutPixelZeroTopLeft() throws {
    let heatmap = WeightHeatmap(weights: Self.pattern, height: 4, width: 3)

    let script = try heatmap.script(
      on: PlotCanvas(isText: false, size: .init(width: 500, height: 300)))

    #expect(
      script.datablocks[0]
        == "$w0 << EOD\n1.0 1.0 1.0\n0.5 0.0 0.0\n0.5 0.0 0.0\n0.5 0.0 0.0\nEOD\n")
    #expect(script.datablocks[1].hasPrefix("$w1 << EOD\n-1.0 -1.0 -1.0\n-0.5 -0.0 -0.0\n"))
    #expect(script.commands.contains("set yrange [4 - 0.5:-0.5]"))
    #expect(script.commands.contains("set xrange [-0.5:3 - 0.5]"))
  }

  @Test func colourRangeIsSymmetricAndShared() throws {
    var weights = Self.pattern
    weights[5] = -2.5
    let heatmap = WeightHeatmap(weights: weights, height: 4, width: 3, title: "t")

    let script = try heatmap.script(
      on: PlotCanvas(isText: false, size: .init(width: 500, height: 300)))

    #expect(script.commands.contains("set cbrange [-2.5:2.5]"))
    #expect(!script.commands.joined().contains("all weights are zero"))
  }

  @Test func zeroWeightsUseFixedRangeAndSaySo() throws {
    var weights = [Float](repeating: 0, count: 13 * 2)
    weights[0] = 4
    weights[1] = .nan
    let heatmap = WeightHeatmap(weights: weights, height: 4, width: 3, title: "init")

    let script = try heatmap.script(
      on: PlotCanvas(isText: false, size: .init(width: 500, height: 300)))

    #expect(script.commands.contains("set cbrange [-1:1]"))
    #expect(script.commands.contains { $0.contains("title 'init (all weights are zero)'") })
  }

  @Test func weightCountMustFitTheImageSize() {
    let heatmap = WeightHeatmap(weights: [Float](repeating: 1, count: 100), height: 28, width: 28)

    #expect(throws: PlotError.weightCount(expected: 785, found: 100, height: 28, width: 28)) {
      try heatmap.classCount()
    }
  }

  @Test(arguments: [(10, 2, 5), (1, 1, 1), (3, 1, 3), (4, 1, 4), (26, 3, 9), (47, 5, 10)])
  func gridLayout(count: Int, rows: Int, columns: Int) {
    #expect(GridLayout(count: count) == GridLayout(rows: rows, columns: columns))
  }

  @Test func nonFiniteLossesBecomeMarkedGaps() throws {
    let curves = LossCurves(series: [LossSeries(name: "run", training: [1, .nan, 0.5, .infinity])])

    let script = try curves.script(
      on: PlotCanvas(isText: false, size: .init(width: 800, height: 500)))

    #expect(
      script.datablocks[0] == "$loss0 << EOD\n1 1.0 nan\n2 nan nan\n3 0.5 nan\n4 nan nan\nEOD\n")
    #expect(script.commands.contains(LossCurves.gapMarker(epoch: 2)))
    #expect(script.commands.contains(LossCurves.gapMarker(epoch: 4)))
    #expect(script.commands.last?.contains("title 'NaN or Inf'") == true)
  }

  @Test func logScaleRefusesValuesAtOrBelowZero() {
    let curves = LossCurves(
      series: [LossSeries(name: "run", training: [1, 0.5], validation: [0.7, 0, -1])],
      logScale: true)

    #expect(throws: PlotError.nonPositiveOnLogScale(series: "run", epoch: 2, value: 0)) {
      try curves.script(on: PlotCanvas(isText: false, size: .init(width: 800, height: 500)))
    }
  }

  @Test func lossWithNoFiniteValueIsRefused() {
    let curves = LossCurves(series: [LossSeries(name: "bad", training: [.nan, .infinity])])

    #expect(throws: PlotError.noFiniteLoss(series: "bad")) {
      try curves.script(on: PlotCanvas(isText: false, size: .init(width: 800, height: 500)))
    }
  }

  @Test func confusionMatrixKeepsTrueClassesAsRows() throws {
    let matrix = ConfusionMatrix(counts: [[5, 1], [2, 7]], classNames: ["cat", "dog"])

    let script = try matrix.script(
      on: PlotCanvas(isText: false, size: .init(width: 600, height: 520)))

    #expect(script.datablocks == ["$cm << EOD\n5 1\n2 7\nEOD\n"])
    #expect(script.commands.contains("set xtics ('cat' 0, 'dog' 1) scale 0 noenhanced"))
    #expect(script.commands.contains("set xlabel 'predicted'"))
    #expect(script.commands.contains("set ylabel 'true'"))
  }

  @Test func confusionMatrixMustBeSquareAndNonNegative() {
    #expect(throws: PlotError.notSquare(row: 1, expected: 2, found: 1)) {
      try ConfusionMatrix(counts: [[1, 2], [3]]).validate()
    }
    #expect(throws: PlotError.negativeCount(trueClass: 0, predicted: 1, value: -2)) {
      try ConfusionMatrix(counts: [[1, -2], [3, 4]]).validate()
    }
  }

  @Test func imageGridWritesRowsTopFirstAndInksDark() throws {
    let grid = ImageGrid(images: [[0, 255, 10, 20]], height: 2, width: 2, captions: ["7"])

    let script = try grid.script(
      on: PlotCanvas(isText: false, size: .init(width: 200, height: 200)))

    #expect(script.datablocks == ["$img0 << EOD\n0 255\n10 20\nEOD\n"])
    #expect(script.commands.contains("set palette gray negative"))
    #expect(script.commands.contains("set title '7' noenhanced"))
  }

  @Test func imageSizesAndCaptionCountsAreChecked() {
    #expect(throws: PlotError.imageSize(index: 1, expected: 4, found: 3)) {
      try ImageGrid(images: [[1, 2, 3, 4], [1, 2, 3]], height: 2, width: 2).validate()
    }
    #expect(throws: PlotError.nameCount(field: "captions", expected: 1, found: 2)) {
      try ImageGrid(images: [[1, 2, 3, 4]], height: 2, width: 2, captions: ["a", "b"]).validate()
    }
  }
}
