import MNBEngine
import Testing

/// A model keeps the options of its latest training call, for its model file and `vars`.
@Suite struct TrainingRecordTests {
  private let data = FeatureMatrix(Fixtures.randomDataset(count: 400, seed: 12))

  @Test func theLatestCallIsRecordedWithItsEpochs() throws {
    var model = LogisticModel(inputSize: 6, classNames: data.classNames, seed: 8, kind: .softmax)
    #expect(model.lastTraining == nil)

    let first = TrainingOptions(epochs: 2, learningRate: 0.1)
    try model.train(on: data, options: first)
    #expect(model.lastTraining == TrainingRun(options: first, epochsRun: 2))

    let second = TrainingOptions.recommended
    try model.train(on: data, options: second)
    #expect(model.lastTraining == TrainingRun(options: second, epochsRun: 6))
    #expect(model.epochsTrained == 8)
  }

  /// Random labels cannot be learnt, so a large rate soon overfits the held-out images.
  @Test func anEarlyStopRecordsTheEpochsThatRan() throws {
    var model = LogisticModel(inputSize: 6, classNames: data.classNames, seed: 8, kind: .softmax)
    let options = TrainingOptions(
      epochs: 40, learningRate: 0.3, batchSize: 10, seed: 2, optimizer: .momentum(0.9),
      validationFraction: 0.25, patience: 2)
    try model.train(on: data, options: options)

    let run = try #require(model.lastTraining)
    #expect(run.options == options)
    #expect(run.epochsRun == model.epochsTrained)
    #expect(run.epochsRun < 40)
  }
}
