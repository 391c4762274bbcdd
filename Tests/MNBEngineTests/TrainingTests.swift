import MNBEngine
import Testing

@Suite("Training")
struct TrainingTests {
  private let separable = FeatureMatrix(Fixtures.separableDataset())

  private func freshModel(seed: UInt64 = 1) -> LogisticModel {
    LogisticModel(inputSize: 16, classNames: separable.classNames, seed: seed)
  }

  @Test("full-batch training separates a separable set", arguments: [nil, 7] as [Int?])
  func separatesSeparableSet(batchSize: Int?) throws {
    var model = freshModel()
    let options = TrainingOptions(epochs: 300, learningRate: 1, batchSize: batchSize, seed: 2)

    try model.train(on: separable, options: options)

    let evaluation = try model.evaluation(on: separable)
    #expect(evaluation.accuracy == 1)
    #expect(evaluation.correct == 60 && evaluation.total == 60)
    #expect(evaluation.classCounts == [20, 20, 20])
    #expect(model.lossHistory.count == 300 && model.epochsTrained == 300)
    #expect(model.lossHistory.last! < model.lossHistory.first!)
  }

  @Test("one seed gives bit-identical runs", arguments: [nil, 8] as [Int?])
  func sameSeedSameRun(batchSize: Int?) throws {
    let options = TrainingOptions(epochs: 20, learningRate: 0.5, batchSize: batchSize, seed: 9)
    var first = freshModel(seed: 4)
    var second = freshModel(seed: 4)

    try first.train(on: separable, options: options)
    try second.train(on: separable, options: options)

    #expect(first.weights == second.weights)
    #expect(first.lossHistory == second.lossHistory)
  }

  @Test("another seed gives other weights")
  func otherSeedOtherWeights() throws {
    #expect(freshModel(seed: 1).weights != freshModel(seed: 2).weights)

    var first = freshModel()
    var second = freshModel()
    try first.train(on: separable, options: .init(epochs: 3, learningRate: 0.5, batchSize: 8))
    try second.train(
      on: separable, options: .init(epochs: 3, learningRate: 0.5, batchSize: 8, seed: 1))

    #expect(first.weights != second.weights)
  }

  @Test("initial weights are drawn from [0, 1)")
  func initialWeightsInUnitInterval() {
    let weights = freshModel().weights
    #expect(weights.count == 17 * 3)
    #expect(weights.allSatisfy { (0..<1).contains($0) })
    #expect(Set(weights).count > 40)
  }

  @Test("continuing training matches one longer run", arguments: [nil, 8] as [Int?])
  func continuingMatchesLongerRun(batchSize: Int?) throws {
    var continued = freshModel()
    var once = freshModel()
    let short = TrainingOptions(epochs: 2, learningRate: 0.5, batchSize: batchSize, seed: 3)
    var long = short
    long.epochs = 4

    try continued.train(on: separable, options: short)
    try continued.train(on: separable, options: short)
    try once.train(on: separable, options: long)

    #expect(continued.weights == once.weights)
    #expect(continued.lossHistory == once.lossHistory)
    #expect(continued.epochsTrained == 4)
  }

  @Test("every epoch reports its loss")
  func reportsEpochs() throws {
    var model = freshModel()
    var events: [TrainingEvent] = []

    try model.train(
      on: separable, options: .init(epochs: 3, learningRate: 0.5), onEvent: { events.append($0) })

    let expected = model.lossHistory.enumerated().map { index, loss in
      TrainingEvent.epochEnded(epoch: index + 1, epochs: 3, loss: loss)
    }
    #expect(events == expected)
  }

  @Test("the first full-batch loss is measured before the first step")
  func firstLossIsInitialLoss() throws {
    var model = freshModel()
    let (initial, _) = try model.lossAndGradient(on: separable)

    try model.train(on: separable, options: .init(epochs: 1, learningRate: 0.5))

    #expect(model.lossHistory == [initial])
  }

  @Test("probabilities are the sigmoids of the predicted scores")
  func probabilitiesAgreeWithPredictions() throws {
    var model = freshModel()
    try model.train(on: separable, options: .init(epochs: 50, learningRate: 1))

    let probabilities = try model.probabilities(for: separable)
    let predictions = try model.predictions(for: separable)

    #expect(probabilities.count == 60 * 3)
    #expect(probabilities.allSatisfy { (0...1).contains($0) })
    for row in 0..<60 {
      let scores = probabilities[row * 3..<row * 3 + 3]
      #expect(scores[row * 3 + predictions[row]] == scores.max())
    }
  }
}
