import MNBEngine
import Testing

@Suite("Numerical safety")
struct NumericsTests {
  @Test("the loss and sigmoid stay finite for huge logits")
  func hugeLogits() {
    #expect(Logistic.loss(logit: 1e8, target: 1) == 0)
    #expect(Logistic.loss(logit: -1e8, target: 0) == 0)
    #expect(Logistic.loss(logit: 1e8, target: 0) == 1e8)
    #expect(Logistic.loss(logit: -1e8, target: 1) == 1e8)
    #expect(abs(Logistic.loss(logit: 0, target: 1) - 0.693_147_2) < 1e-6)
    #expect(Logistic.sigmoid(1e8) == 1)
    #expect(Logistic.sigmoid(-1e8) == 0)
    #expect(Logistic.sigmoid(0) == 0.5)
  }

  @Test("weights of ±1e8 give a finite loss and gradient")
  func hugeWeights() throws {
    let features = FeatureMatrix(Fixtures.randomDataset(count: 50))
    var model = LogisticModel(inputSize: 6, classNames: features.classNames, seed: 2)
    model.weights = model.weights.indices.map { $0 % 2 == 0 ? 1e8 : -1e8 }

    let (loss, gradient) = try model.lossAndGradient(on: features)

    #expect(loss.isFinite && loss > 0)
    #expect(gradient.allSatisfy { $0.isFinite })
    #expect(try model.probabilities(for: features).allSatisfy { $0.isFinite })
  }

  /// The stable loss keeps a rate of 1e6 finite: the gradient is bounded by the pixel scale,
  /// so the weights grow by at most about 1e6 per step, far from `Float`'s limit.
  @Test("a learning rate of 1e6 keeps the weights finite")
  func hugeRateStaysFinite() throws {
    var model = LogisticModel(inputSize: 6, classNames: ["0", "1", "2"], seed: 1)

    try model.train(
      on: Fixtures.randomDataset(count: 40), options: .init(epochs: 5, learningRate: 1e6))

    #expect(model.weights.allSatisfy { $0.isFinite })
    #expect(model.lossHistory.allSatisfy { $0.isFinite })
  }

  @Test("a diverging run stops naming the epoch and keeps the last finite weights")
  func divergenceStops() throws {
    let data = Fixtures.randomDataset(count: 40, height: 16, width: 16)
    let start = LogisticModel(inputSize: 256, classNames: ["0", "1", "2"], seed: 1)
    var oneEpoch = start
    try oneEpoch.train(on: data, options: .init(epochs: 1, learningRate: 1e38))
    var model = start

    #expect(throws: TrainingError.diverged(epoch: 2, learningRate: 1e38)) {
      try model.train(on: data, options: .init(epochs: 5, learningRate: 1e38))
    }

    #expect(model.weights == oneEpoch.weights)
    #expect(model.weights.allSatisfy { $0.isFinite })
    #expect(model.epochsTrained == 1 && model.lossHistory.count == 1)
  }
}
