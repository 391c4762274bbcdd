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
      (.init(epochs: 1, learningRate: 0.1, l2Penalty: -1), .invalidL2Penalty(-1)),
      (.init(epochs: 1, learningRate: 0.1, l2Penalty: .infinity), .invalidL2Penalty(.infinity)),
      (.init(epochs: 1, learningRate: 0.1, optimizer: .momentum(1)), .invalidMomentum(1)),
      (.init(epochs: 1, learningRate: 0.1, optimizer: .momentum(-0.1)), .invalidMomentum(-0.1)),
      (
        .init(epochs: 1, learningRate: 0.1, optimizer: .adam(beta1: 1, beta2: 0.9, epsilon: 1)),
        .invalidAdamDecay(name: "beta1", 1)
      ),
      (
        .init(epochs: 1, learningRate: 0.1, optimizer: .adam(beta1: 0, beta2: -1, epsilon: 1)),
        .invalidAdamDecay(name: "beta2", -1)
      ),
      (
        .init(epochs: 1, learningRate: 0.1, optimizer: .adam(beta1: 0, beta2: 0, epsilon: 0)),
        .invalidAdamEpsilon(0)
      ),
      (
        .init(epochs: 1, learningRate: 0.1, schedule: .step(every: 0, factor: 0.5)),
        .invalidStepInterval(0)
      ),
      (
        .init(epochs: 1, learningRate: 0.1, schedule: .step(every: 1, factor: 1.5)),
        .invalidStepFactor(1.5)
      ),
      (
        .init(epochs: 1, learningRate: 0.1, validationFraction: 0.6),
        .invalidValidationFraction(0.6)
      ),
      (.init(epochs: 1, learningRate: 0.1, validationFraction: 0), .invalidValidationFraction(0)),
      (
        .init(epochs: 1, learningRate: 0.1, validationFraction: 0.05),
        .validationSetEmpty(fraction: 0.05, sampleCount: 10)
      ),
      (.init(epochs: 1, learningRate: 0.1, patience: 2), .patienceWithoutValidation),
      (
        .init(epochs: 1, learningRate: 0.1, validationFraction: 0.5, patience: 0),
        .invalidPatience(0)
      ),
      (
        .init(epochs: 1, learningRate: 0.1, batchSize: 6, validationFraction: 0.5),
        .invalidBatchSize(6, sampleCount: 5)
      ),
      (.init(epochs: 1, learningRate: 0.1, threadCount: 3), .invalidThreadCount(3)),
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

  @Test("more classes than the widest kernel are refused")
  func refusesTooManyClasses() {
    var model = LogisticModel(inputSize: 6, classNames: (0..<65).map(String.init), seed: 0)
    let data = Fixtures.randomDataset(count: 10, classCount: 65)

    #expect(throws: TrainingError.tooManyClasses(65, limit: 64)) {
      try model.train(on: data, options: .init(epochs: 1, learningRate: 0.1))
    }
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
        "training diverged at epoch 3 with learning rate 1000: the loss blew up; "
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
      (.invalidL2Penalty(-1), "invalid l2 penalty -1: it must be a finite number, 0 or more"),
      (.invalidMomentum(1), "invalid momentum 1: it must be at least 0 and below 1"),
      (
        .invalidAdamDecay(name: "beta2", 1.5),
        "invalid adam beta2 1.5: it must be at least 0 and below 1"
      ),
      (.invalidAdamEpsilon(0), "invalid adam epsilon 0: it must be a finite number above 0"),
      (.invalidStepInterval(0), "invalid step schedule interval 0: it must be at least 1 epoch"),
      (
        .invalidStepFactor(2),
        "invalid step schedule factor 2: it must be above 0 and at most 1"
      ),
      (
        .invalidValidationFraction(0.75),
        "invalid validation fraction 0.75: it must be above 0 and at most 0.5"
      ),
      (
        .validationSetEmpty(fraction: 0.1, sampleCount: 5),
        "cannot hold out a validation set: 0.1 of 5 images is no image; "
          + "use a larger fraction or more images"
      ),
      (
        .patienceWithoutValidation,
        "cannot stop early without a validation set: patience needs a validation fraction; "
          + "give one, such as 0.1"
      ),
      (.invalidPatience(0), "invalid patience 0: it must be at least 1 epoch"),
      (.invalidThreadCount(3), "invalid thread count 3: it must be 1 or 2"),
      (
        .tooManyClasses(65, limit: 64), "cannot train on 65 classes: models take at most 64 classes"
      ),
      (
        .imageTooLarge(pixels: 20_000_000, limit: 16_777_216),
        "cannot use images of 20000000 pixels: models take at most 16777216 pixels per image"
      ),
    ])
  func messageWording(error: TrainingError, message: String) {
    #expect(error.description == message)
  }
}
