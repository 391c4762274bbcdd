import MNBEngine
import Testing

@Suite("Loss and gradient")
struct GradientTests {
  private static let cases: [(LogisticModel.Kind, Float)] = [
    (.oneVsRest, 0), (.oneVsRest, 0.1), (.softmax, 0), (.softmax, 0.1),
  ]

  private let features = FeatureMatrix(Fixtures.randomDataset(count: 600))

  private func model(kind: LogisticModel.Kind, seed: UInt64) -> LogisticModel {
    var model = LogisticModel(inputSize: 6, classNames: features.classNames, seed: seed, kind: kind)
    model.weights = model.weights.map { $0 - 0.5 }
    return model
  }

  /// One-vs-rest steps each class on its own term, so its gradient is `classCount` times the
  /// derivative of the reported mean over classes.
  @Test("the gradient matches central finite differences", arguments: cases)
  func gradientMatchesFiniteDifferences(kind: LogisticModel.Kind, l2Penalty: Float) throws {
    let model = model(kind: kind, seed: 11)
    let (_, gradient) = try model.lossAndGradient(on: features, l2Penalty: l2Penalty)

    let weights = model.weights.map(Double.init)
    let scale = kind == .oneVsRest ? Double(features.classCount) : 1
    let h = 1e-5
    for index in weights.indices {
      var plus = weights
      plus[index] += h
      var minus = weights
      minus[index] -= h
      let lossPlus = Reference.loss(
        kind: kind, weights: plus, features: features, l2Penalty: Double(l2Penalty))
      let lossMinus = Reference.loss(
        kind: kind, weights: minus, features: features, l2Penalty: Double(l2Penalty))
      let numeric = (lossPlus - lossMinus) / (2 * h) * scale
      #expect(abs(Double(gradient[index]) - numeric) < 2e-5, "weight \(index)")
    }
  }

  @Test("the loss matches the reference", arguments: cases)
  func lossMatchesReference(kind: LogisticModel.Kind, l2Penalty: Float) throws {
    let model = model(kind: kind, seed: 5)

    let (loss, _) = try model.lossAndGradient(on: features, l2Penalty: l2Penalty)

    let reference = Reference.loss(
      kind: kind, weights: model.weights.map(Double.init), features: features,
      l2Penalty: Double(l2Penalty))
    #expect(abs(Double(loss) - reference) < 1e-5 * reference)
  }
}
