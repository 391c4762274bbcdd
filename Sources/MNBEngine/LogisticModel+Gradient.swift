extension LogisticModel {
  /// The loss and gradient of the model's current weights over all rows of `features`.
  ///
  /// - Returns: `loss`, the mean over classes of each class's mean logistic loss, and
  ///   `gradient`, `Xᵀ(σ(XW) − Y) / n` laid out like `weights`. Column `c` of the gradient is
  ///   the derivative of class `c`'s own mean loss; the derivative of the returned `loss`
  ///   (a mean over classes) is `gradient / classCount`.
  /// - Throws: `TrainingError.emptyData` or `.shapeMismatch`.
  public func lossAndGradient(
    on features: FeatureMatrix
  ) throws(TrainingError) -> (loss: Float, gradient: [Float]) {
    guard features.rowCount > 0 else { throw .emptyData }
    try checkShape(of: features)
    BLAS.setThreadCount(1)

    let kernel = LogisticKernel(columnCount: features.columnCount, classCount: classCount)
    let block = kernel.blockCapacity
    let n = features.rowCount
    var gradient = [Float](repeating: 0, count: weights.count)
    var lossSum = 0.0

    features.values.withUnsafeBufferPointer { values in
      features.labels.withUnsafeBufferPointer { labels in
        gradient.withUnsafeMutableBufferPointer { gradient in
          for start in stride(from: 0, to: n, by: block) {
            lossSum += kernel.accumulate(
              rows: values.baseAddress! + start * features.columnCount,
              labels: labels.baseAddress! + start, count: min(block, n - start),
              weights: weights, into: gradient.baseAddress!, scale: 1 / Float(n))
          }
        }
      }
    }
    return (Float(lossSum / Double(n * classCount)), gradient)
  }
}
