extension Trainer {
  /// Fills `gradient` with the gradient of the mean loss over `rows`, with the L2 penalty,
  /// and returns that loss as reported in `lossHistory`.
  ///
  /// One-vs-rest divides the loss by the class count but not the gradient, whose column `c`
  /// is class `c`'s own gradient, as the reference method steps.
  func lossAndGradient(over rows: UnsafeBufferPointer<Int32>) -> Float {
    let lossSum = accumulate(rows, scale: 1 / Float(rows.count))
    let penalty = addPenaltyGradient()
    let divisor = kind == .oneVsRest ? Double(classCount) : 1
    return Float((lossSum / Double(rows.count) + penalty) / divisor)
  }

  /// The validation rows' mean loss, without the penalty, and the fraction classified right.
  func validationScore() -> (loss: Float, accuracy: Double) {
    var scores = [(loss: 0.0, correct: 0), (loss: 0.0, correct: 0)]
    split.validation.withUnsafeBufferPointer { rows in
      let (first, second) = RowHalves.parts(of: rows)
      scores.withUnsafeMutableBufferPointer { scores in
        RowHalves.run(isSplit: second != nil, threadCount: options.threadCount) { half in
          scores[half] = kernel.score(
            half == 0 ? first : second!, UnsafePointer(weights.baseAddress!))
        }
      }
    }

    let count = Double(split.validation.count)
    let divisor = kind == .oneVsRest ? Double(classCount) : 1
    let loss = (scores[0].loss + scores[1].loss) / count / divisor
    return (Float(loss), Double(scores[0].correct + scores[1].correct) / count)
  }

  /// Sets `gradient` to `scale ·` the gradient of the loss summed over `rows` and returns
  /// that sum; the second half of long lists runs on its own buffer, added in afterwards.
  private func accumulate(_ rows: UnsafeBufferPointer<Int32>, scale: Float) -> Double {
    let (first, second) = RowHalves.parts(of: rows)
    gradient.update(repeating: 0)
    if second != nil { halfGradient.update(repeating: 0) }

    var losses = [0.0, 0.0]
    losses.withUnsafeMutableBufferPointer { losses in
      RowHalves.run(isSplit: second != nil, threadCount: options.threadCount) { half in
        let target = half == 0 ? gradient.baseAddress! : halfGradient.baseAddress!
        losses[half] = kernel.accumulate(
          half == 0 ? first : second!, UnsafePointer(weights.baseAddress!), target, scale)
      }
    }

    if second != nil {
      for i in gradient.indices {
        gradient[i] += halfGradient[i]
      }
    }
    return losses[0] + losses[1]
  }

  /// Adds `λ·w` to the gradient of every pixel weight and returns the penalty `λ/2 · Σ w²`.
  private func addPenaltyGradient() -> Double {
    let lambda = options.l2Penalty
    guard lambda > 0 else { return 0 }

    var squares: Float = 0
    for i in kernel.laneWidth..<weights.count {
      gradient[i] += lambda * weights[i]
      squares += weights[i] * weights[i]
    }
    return Double(lambda) / 2 * Double(squares)
  }
}

/// Watches the validation loss for early stopping.
struct EarlyStopping {
  let patience: Int?
  private(set) var bestLoss = Float.infinity
  private(set) var bestEpoch = 0

  init(patience: Int?) {
    self.patience = patience
  }

  /// Records epoch `epoch`'s loss; returns whether it is the best so far.
  mutating func record(_ loss: Float, epoch: Int) -> Bool {
    guard loss < bestLoss else { return false }
    bestLoss = loss
    bestEpoch = epoch
    return true
  }

  func isOutOfPatience(at epoch: Int) -> Bool {
    guard let patience else { return false }
    return epoch - bestEpoch >= patience
  }
}
