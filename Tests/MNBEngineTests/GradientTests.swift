import MNBEngine
import Testing

#if canImport(Glibc)
  import Glibc
#endif

@Suite("Loss and gradient")
struct GradientTests {
  /// The sum over classes of each class's mean logistic loss, in `Double`.
  private func referenceLoss(
    weights: [Double], features: FeatureMatrix, classCount: Int
  ) -> Double {
    let columns = features.columnCount
    var total = 0.0
    for row in 0..<features.rowCount {
      for c in 0..<classCount {
        var z = 0.0
        for j in 0..<columns {
          z += Double(features.values[row * columns + j]) * weights[j * classCount + c]
        }
        let y: Double = Int(features.labels[row]) == c ? 1 : 0
        total += max(z, 0) - y * z + log1p(exp(-abs(z)))
      }
    }
    return total / Double(features.rowCount)
  }

  @Test("the gradient matches central finite differences")
  func gradientMatchesFiniteDifferences() throws {
    let features = FeatureMatrix(Fixtures.randomDataset(count: 600))
    var model = LogisticModel(inputSize: 6, classNames: features.classNames, seed: 11)
    model.weights = model.weights.map { $0 - 0.5 }

    let (_, gradient) = try model.lossAndGradient(on: features)

    let weights = model.weights.map(Double.init)
    let h = 1e-5
    for index in weights.indices {
      var plus = weights
      plus[index] += h
      var minus = weights
      minus[index] -= h
      let lossPlus = referenceLoss(weights: plus, features: features, classCount: 3)
      let lossMinus = referenceLoss(weights: minus, features: features, classCount: 3)
      let numeric = (lossPlus - lossMinus) / (2 * h)
      #expect(abs(Double(gradient[index]) - numeric) < 1e-5, "weight \(index)")
    }
  }

  @Test("the loss is the mean over classes of each class's mean loss")
  func lossMatchesReference() throws {
    let features = FeatureMatrix(Fixtures.randomDataset(count: 600))
    let model = LogisticModel(inputSize: 6, classNames: features.classNames, seed: 5)

    let (loss, _) = try model.lossAndGradient(on: features)

    let weights = model.weights.map(Double.init)
    let reference = referenceLoss(weights: weights, features: features, classCount: 3) / 3
    #expect(abs(Double(loss) - reference) < 1e-5 * reference)
  }
}
