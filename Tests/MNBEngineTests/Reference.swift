import MNBEngine

#if canImport(Glibc)
  import Glibc
#endif

/// Straightforward `Double` versions of the models' losses, to check the engine against.
enum Reference {
  /// `X·W` for every row, from the dense rows of `features`.
  static func logits(weights: [Double], features: FeatureMatrix, classCount: Int) -> [[Double]] {
    (0..<features.rowCount).map { row in
      let x = features.denseRow(row)
      return (0..<classCount).map { c in
        var z = 0.0
        for j in x.indices {
          z += Double(x[j]) * weights[j * classCount + c]
        }
        return z
      }
    }
  }

  /// The loss as `LogisticModel.lossHistory` reports it, with the L2 penalty over the pixel
  /// weights (every row of `weights` but the first).
  static func loss(
    kind: LogisticModel.Kind, weights: [Double], features: FeatureMatrix, l2Penalty: Double = 0
  ) -> Double {
    let classCount = features.classCount
    let rows = logits(weights: weights, features: features, classCount: classCount)
    var total = 0.0
    for (row, z) in rows.enumerated() {
      let label = Int(features.labels[row])
      total += kind == .softmax ? crossEntropy(z, label: label) : logisticLoss(z, label: label)
    }
    let squares = weights[classCount...].reduce(0) { $0 + $1 * $1 }
    let mean = total / Double(features.rowCount) + l2Penalty / 2 * squares
    return kind == .softmax ? mean : mean / Double(classCount)
  }

  private static func logisticLoss(_ z: [Double], label: Int) -> Double {
    z.indices.reduce(0) { sum, c in
      let y: Double = c == label ? 1 : 0
      return sum + max(z[c], 0) - y * z[c] + log1p(exp(-abs(z[c])))
    }
  }

  private static func crossEntropy(_ z: [Double], label: Int) -> Double {
    let m = z.max()!
    return log(z.reduce(0) { $0 + exp($1 - m) }) - (z[label] - m)
  }
}
