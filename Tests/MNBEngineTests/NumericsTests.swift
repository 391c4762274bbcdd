import Testing

@testable import MNBEngine

#if canImport(Glibc)
  import Glibc
#endif

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

  @Test("the sigmoid is exact and finite at ±710 and ±1000")
  func sigmoidAtOverflowingExponents() {
    #expect(Logistic.sigmoid(1000) == 1)
    #expect(Logistic.sigmoid(-1000) == 0)
    #expect(Logistic.sigmoid(710) == 1)
    #expect(Logistic.sigmoid(-710) == 0)
    #expect(Logistic.loss(logit: 710, target: 0) == 710)
    #expect(Logistic.loss(logit: -1000, target: 1) == 1000)
    #expect(Logistic.loss(logit: 1000, target: 1) == 0)
  }

  @Test("the cross-entropy of equal huge logits is exactly ln 2")
  func softmaxOfEqualHugeLogits() {
    #expect(Softmax.loss(logits: [1e8, 1e8], label: 0) == Float(M_LN2))
    #expect(Softmax.loss(logits: [1e8, 1e8], label: 1) == Float(M_LN2))
    #expect(Softmax.probabilities(logits: [1e8, 1e8]) == [0.5, 0.5])
  }

  @Test(
    "softmax and cross-entropy are exact and finite for far-apart logits",
    arguments: [
      ([-431, 279, 427], [0, 0, 1], [858, 148, 0]),
      ([1000, 0, 0], [1, 0, 0], [0, 1000, 1000]),
    ] as [([Float], [Float], [Float])])
  func softmaxOfFarApartLogits(logits: [Float], probabilities: [Float], losses: [Float]) {
    #expect(Softmax.probabilities(logits: logits) == probabilities)
    for label in logits.indices {
      #expect(Softmax.loss(logits: logits, label: label) == losses[label])
    }
  }

  @Test("the kernel's exponential and log1p stay within their documented error")
  func laneMathAccuracy() {
    for step in 0...2000 {
      let x = -Float(step) * 0.05
      let exact = expf(x)
      let fast = LaneMath.exp(SIMD4(repeating: x))[0]
      #expect(abs(fast - exact) <= 2e-7 * exact + 1e-37, "exp(\(x))")

      let e = Float(step) / 2000
      #expect(abs(LaneMath.log1p(SIMD4(repeating: e))[0] - log1pf(e)) < 1e-7, "log1p(\(e))")
    }
  }

  @Test(
    "weights of ±1e8 give a finite loss and gradient",
    arguments: [.oneVsRest, .softmax] as [LogisticModel.Kind])
  func hugeWeights(kind: LogisticModel.Kind) throws {
    let features = FeatureMatrix(Fixtures.randomDataset(count: 50))
    var model = LogisticModel(inputSize: 6, classNames: features.classNames, seed: 2, kind: kind)
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

  @Test("a diverging mini-batch run stops in its first epoch with the starting weights")
  func miniBatchDivergenceStops() throws {
    let data = Fixtures.randomDataset(count: 40, height: 16, width: 16)
    let start = LogisticModel(inputSize: 256, classNames: ["0", "1", "2"], seed: 1, kind: .softmax)
    var model = start
    let options = TrainingOptions(
      epochs: 5, learningRate: 1e38, batchSize: 4, optimizer: .momentum(0.5))

    #expect(throws: TrainingError.diverged(epoch: 1, learningRate: 1e38)) {
      try model.train(on: data, options: options)
    }

    #expect(model.weights == start.weights)
    #expect(model.epochsTrained == 0 && model.lossHistory.isEmpty)
  }
}
