import MNBEngine
import Testing

@Suite("Validation split and early stopping")
struct EarlyStoppingTests {
  private let data = FeatureMatrix(Fixtures.randomDataset(count: 400, seed: 12))

  private func model() -> LogisticModel {
    LogisticModel(inputSize: 6, classNames: data.classNames, seed: 8, kind: .softmax)
  }

  /// Random labels cannot be learnt, so a large rate soon overfits the held-out images.
  private func overfittingOptions(patience: Int?) -> TrainingOptions {
    TrainingOptions(
      epochs: 40, learningRate: 0.3, batchSize: 10, seed: 2, optimizer: .momentum(0.9),
      validationFraction: 0.25, patience: patience)
  }

  @Test("each epoch reports its validation loss and accuracy")
  func reportsValidation() throws {
    var model = model()
    var events: [TrainingEvent] = []

    try model.train(
      on: data, options: overfittingOptions(patience: nil), onEvent: { events.append($0) })

    #expect(events.count == 80)
    #expect(model.validationLossHistory.count == 40)
    for (index, loss) in model.validationLossHistory.enumerated() {
      guard case .validated(let epoch, 40, let reported, let accuracy) = events[2 * index + 1]
      else {
        Issue.record("event \(2 * index + 1) is \(events[2 * index + 1])")
        continue
      }
      #expect(epoch == index + 1 && reported == loss)
      #expect((0...1).contains(accuracy))
    }
  }

  @Test("early stopping ends the run and keeps the best validation weights")
  func keepsBestWeights() throws {
    var stopped = model()
    var events: [TrainingEvent] = []
    try stopped.train(
      on: data, options: overfittingOptions(patience: 3), onEvent: { events.append($0) })

    guard case .stoppedEarly(let epoch, let bestEpoch, let bestLoss) = events.last else {
      Issue.record("the run did not stop early: \(events.last.map(String.init(describing:)) ?? "")")
      return
    }
    #expect(epoch == bestEpoch + 3 && epoch < 40)
    #expect(stopped.epochsTrained == epoch)
    #expect(bestLoss == stopped.validationLossHistory.min())
    #expect(stopped.validationLossHistory[bestEpoch - 1] == bestLoss)

    var best = model()
    var options = overfittingOptions(patience: nil)
    options.epochs = bestEpoch
    try best.train(on: data, options: options)
    #expect(stopped.weights == best.weights)
  }

  @Test("the split is drawn from the seed and leaves the batch limit to the training part")
  func splitFollowsSeed() throws {
    var first = model()
    var second = model()
    var other = model()
    var options = overfittingOptions(patience: nil)
    options.epochs = 2
    try first.train(on: data, options: options)
    try second.train(on: data, options: options)
    options.seed = 3
    try other.train(on: data, options: options)

    #expect(first.validationLossHistory == second.validationLossHistory)
    #expect(first.validationLossHistory != other.validationLossHistory)

    options.batchSize = 301
    #expect(throws: TrainingError.invalidBatchSize(301, sampleCount: 300)) {
      try first.train(on: data, options: options)
    }
  }
}
