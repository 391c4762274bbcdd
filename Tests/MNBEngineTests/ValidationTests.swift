import MNBData
import MNBEngine
import Testing

@Suite("Validation and messages")
struct ValidationTests {
  @Test(
    "options outside their range are refused",
    arguments: [
      (TrainingOptions(epochs: 0, learningRate: 0.1), TrainingError.invalidEpochCount(0)),
      (.init(epochs: 1, learningRate: 0), .invalidLearningRate(0)),
      (.init(epochs: 1, learningRate: -1), .invalidLearningRate(-1)),
      (.init(epochs: 1, learningRate: .infinity), .invalidLearningRate(.infinity)),
      (.init(epochs: 1, learningRate: 0.1, batchSize: 0), .invalidBatchSize(0, sampleCount: 10)),
      (.init(epochs: 1, learningRate: 0.1, batchSize: 11), .invalidBatchSize(11, sampleCount: 10)),
    ])
  func refusesBadOptions(options: TrainingOptions, error: TrainingError) {
    var model = LogisticModel(inputSize: 6, classNames: ["0", "1", "2"], seed: 0)

    #expect(throws: error) {
      try model.train(on: Fixtures.randomDataset(count: 10), options: options)
    }
    #expect(model.epochsTrained == 0)
  }

  @Test("a NaN learning rate is refused")
  func refusesNaNRate() {
    let options = TrainingOptions(epochs: 1, learningRate: .nan)
    #expect(throws: TrainingError.self) { try options.validate(sampleCount: 5) }
  }

  @Test("an empty data set is refused")
  func refusesEmptyData() {
    var model = LogisticModel(inputSize: 6, classNames: ["0", "1", "2"], seed: 0)
    let empty = Fixtures.randomDataset(count: 0)

    #expect(throws: TrainingError.emptyData) {
      try model.train(on: empty, options: .init(epochs: 1, learningRate: 0.1))
    }
  }

  @Test("data of another shape is refused, naming both shapes")
  func refusesOtherShape() {
    var model = LogisticModel(inputSize: 784, classNames: (0..<10).map(String.init), seed: 0)
    let data = Fixtures.randomDataset(count: 10)
    let mismatch = TrainingError.shapeMismatch(
      modelPixels: 784, modelClasses: 10, dataPixels: 6, dataClasses: 3)

    #expect(throws: mismatch) {
      try model.train(on: data, options: .init(epochs: 1, learningRate: 0.1))
    }
    #expect(throws: mismatch) { try model.evaluation(on: data) }
    #expect(throws: mismatch) { try model.predictions(for: data) }
  }

  @Test(
    "messages follow the house grammar",
    arguments: [
      (
        TrainingError.diverged(epoch: 3, learningRate: 1000),
        "training diverged at epoch 3 with learning rate 1000: the loss is not finite; "
          + "try a smaller rate such as 0.1"
      ),
      (
        .invalidBatchSize(0, sampleCount: 60000),
        "invalid batch size 0: it must be between 1 and 60000, the number of training images"
      ),
      (.invalidEpochCount(0), "invalid epoch count 0: it must be at least 1"),
      (
        .invalidLearningRate(-0.5),
        "invalid learning rate -0.5: it must be a finite number above 0"
      ),
      (
        .shapeMismatch(modelPixels: 784, modelClasses: 10, dataPixels: 16, dataClasses: 3),
        "the model does not fit the data: the model takes 784 pixels and 10 classes, "
          + "the data has 16 pixels and 3 classes; create a model for this data"
      ),
      (
        .cancelled(completedEpochs: 2, epochs: 5),
        "training cancelled after 2 of 5 epochs: the model keeps epoch 2"
      ),
    ])
  func messageWording(error: TrainingError, message: String) {
    #expect(error.description == message)
  }
}
