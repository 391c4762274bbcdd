import MNBEngine
import Testing

@Suite("Kernels against the dense reference")
struct SparseKernelTests {
  /// Class counts that reach every lane width, from 4 lanes to 64.
  private static let classCounts = [2, 3, 5, 8, 10, 13, 16, 20, 33, 64]

  private static let layouts: [FeatureMatrix.Layout] = [.sparse, .dense]

  private func setUp(
    classCount: Int, kind: LogisticModel.Kind, layout: FeatureMatrix.Layout
  ) -> (FeatureMatrix, LogisticModel) {
    let data = Fixtures.randomDataset(
      count: 300, height: 5, width: 7, classCount: classCount, zeroFraction: 0.6)
    let features = FeatureMatrix(data, layout: layout)
    var model = LogisticModel(
      inputSize: 35, classNames: features.classNames, seed: UInt64(classCount), kind: kind)
    model.weights = model.weights.map { ($0 - 0.5) * 4 }
    return (features, model)
  }

  @Test("predictions equal the dense reference's", arguments: classCounts, layouts)
  func predictionsMatch(classCount: Int, layout: FeatureMatrix.Layout) throws {
    for kind in [LogisticModel.Kind.oneVsRest, .softmax] {
      let (features, model) = setUp(classCount: classCount, kind: kind, layout: layout)

      let logits = Reference.logits(
        weights: model.weights.map(Double.init), features: features, classCount: classCount)
      let expected = logits.map { z in z.indices.max { z[$0] < z[$1] }! }

      #expect(try model.predictions(for: features) == expected)
    }
  }

  @Test(
    "logits and loss agree with the dense reference to float rounding",
    arguments: classCounts, layouts)
  func lossMatches(classCount: Int, layout: FeatureMatrix.Layout) throws {
    for kind in [LogisticModel.Kind.oneVsRest, .softmax] {
      let (features, model) = setUp(classCount: classCount, kind: kind, layout: layout)
      let weights = model.weights.map(Double.init)

      let logits = try model.logits(for: features)
      let reference = Reference.logits(weights: weights, features: features, classCount: classCount)
      for (index, value) in logits.enumerated() {
        #expect(abs(Double(value) - reference[index / classCount][index % classCount]) < 1e-4)
      }

      let (loss, _) = try model.lossAndGradient(on: features)
      let expected = Reference.loss(kind: kind, weights: weights, features: features)
      #expect(abs(Double(loss) - expected) < 2e-6 * expected)
    }
  }

  @Test("both layouts count non-zero pixels and spell rows out exactly", arguments: layouts)
  func layout(layout: FeatureMatrix.Layout) {
    let data = Fixtures.randomDataset(count: 50, zeroFraction: 0.5)
    let features = FeatureMatrix(data, layout: layout)

    #expect(features.nonzeroCount == data.pixels.filter { $0 != 0 }.count)
    #expect(abs(features.density - Double(features.nonzeroCount) / 300) < 1e-12)
    for row in 0..<50 {
      let expected = [1] + data.image(at: row).map { Float($0) / 255 }
      #expect(features.denseRow(row) == expected)
    }
  }

  @Test("the layout follows the density unless given")
  func layoutChoice() {
    #expect(FeatureMatrix(Fixtures.randomDataset(count: 20, zeroFraction: 0.8)).layout == .sparse)
    #expect(FeatureMatrix(Fixtures.randomDataset(count: 20, zeroFraction: 0.2)).layout == .dense)
    #expect(FeatureMatrix(Fixtures.randomDataset(count: 20), layout: .sparse).layout == .sparse)
  }

  @Test("both layouts train to the same predictions, repeatably")
  func layoutsTrainAlike() throws {
    let data = Fixtures.separableDataset(countPerClass: 100)
    var runs: [LogisticModel] = []
    for layout in [FeatureMatrix.Layout.sparse, .dense, .dense] {
      var model = LogisticModel(inputSize: 16, classNames: data.classNames, seed: 4, kind: .softmax)
      try model.train(
        on: FeatureMatrix(data, layout: layout),
        options: .init(epochs: 5, learningRate: 0.05, batchSize: 150, optimizer: .adam))
      runs.append(model)
    }

    #expect(runs[1].weights == runs[2].weights)
    let features = FeatureMatrix(data)
    #expect(try runs[0].predictions(for: features) == runs[1].predictions(for: features))
    for (sparse, dense) in zip(runs[0].weights, runs[1].weights) {
      #expect(abs(sparse - dense) < 1e-3)
    }
  }
}
