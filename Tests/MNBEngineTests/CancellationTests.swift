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

  private func train(
    epochs: Int, batchSize: Int?, from model: LogisticModel
  ) throws -> LogisticModel {
    var model = model
    try model.train(
      on: data, options: .init(epochs: epochs, learningRate: 0.5, batchSize: batchSize, seed: 4))
    return model
  }

  /// Batches of 100 fit in one block, so the check runs once per batch: 6 times an epoch.
  @Test("cancelling after 16 batches keeps the weights of epoch 2")
  func miniBatchKeepsLastCompletedEpoch() throws {
    let twoEpochs = try train(epochs: 2, batchSize: 100, from: start)
    var model = start
    let countdown = Countdown(limit: 6 * 2 + 4)

    #expect(throws: TrainingError.cancelled(completedEpochs: 2, epochs: 10)) {
      try model.train(
        on: data, options: .init(epochs: 10, learningRate: 0.5, batchSize: 100, seed: 4),
        isCancelled: countdown.isExhausted)
    }

    #expect(model.weights == twoEpochs.weights)
    #expect(model.lossHistory == twoEpochs.lossHistory)
    #expect(model.epochsTrained == 2)
  }

  @Test("cancelling a full-batch run in epoch 3 keeps the weights of epoch 2")
  func fullBatchKeepsLastCompletedEpoch() throws {
    let twoEpochs = try train(epochs: 2, batchSize: nil, from: start)
    var model = start
    var endedEpochs = 0

    #expect(throws: TrainingError.cancelled(completedEpochs: 2, epochs: 10)) {
      try model.train(
        on: data, options: .init(epochs: 10, learningRate: 0.5, seed: 4),
        isCancelled: { endedEpochs == 2 }, onEvent: { _ in endedEpochs += 1 })
    }

    #expect(model.weights == twoEpochs.weights)
    #expect(model.lossHistory == twoEpochs.lossHistory)
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
