import MNBEngine
import Testing

@Suite("Cancellation")
struct CancellationTests {
  /// A cancellation check that answers `true` from its `(limit + 1)`th call on.
  private final class Countdown {
    private var calls = 0
    private let limit: Int

    init(limit: Int) { self.limit = limit }

    func isExhausted() -> Bool {
      calls += 1
      return calls > limit
    }
  }

  private let data = FeatureMatrix(Fixtures.randomDataset(count: 600))
  private var start: LogisticModel {
    LogisticModel(inputSize: 6, classNames: data.classNames, seed: 6)
  }

  /// 600 rows make 3 blocks per full-batch epoch and 6 batches of 100 per mini-batch epoch.
  @Test(
    "cancelling mid-epoch keeps the last completed epoch",
    arguments: [(nil, 3 * 2 + 1), (100, 6 * 2 + 4)] as [(Int?, Int)])
  func keepsLastCompletedEpoch(batchSize: Int?, checksBeforeCancel: Int) throws {
    let options = TrainingOptions(epochs: 10, learningRate: 0.5, batchSize: batchSize, seed: 4)
    var twoEpochs = start
    try twoEpochs.train(on: data, options: .init(epochs: 2, learningRate: 0.5,
      batchSize: batchSize, seed: 4))
    var model = start
    let countdown = Countdown(limit: checksBeforeCancel)

    #expect(throws: TrainingError.cancelled(completedEpochs: 2, epochs: 10)) {
      try model.train(on: data, options: options, isCancelled: countdown.isExhausted)
    }

    #expect(model.weights == twoEpochs.weights)
    #expect(model.lossHistory == twoEpochs.lossHistory)
    #expect(model.epochsTrained == 2)
  }

  @Test("cancelling in the first epoch keeps the starting weights")
  func keepsStartingWeights() {
    var model = start

    #expect(throws: TrainingError.cancelled(completedEpochs: 0, epochs: 3)) {
      try model.train(
        on: data, options: .init(epochs: 3, learningRate: 0.5, batchSize: 10),
        isCancelled: { true })
    }

    #expect(model == start)
  }
}
