extension LogisticModel {
  /// The loss and gradient of the model's current weights over all rows of `features`, with
  /// the L2 penalty `l2Penalty/2 · Σ w²` over the pixel weights.
  ///
  /// - Returns: `loss` as `lossHistory` reports it, and `gradient` laid out like `weights`.
  ///   For softmax, `gradient` is the derivative of `loss`. For one-vs-rest, `loss` is the
  ///   mean over classes of each class's penalised mean loss and column `c` of `gradient` is
  ///   the derivative of class `c`'s own term, so the derivative of `loss` is
  ///   `gradient / classCount`.
  /// - Throws: `TrainingError.emptyData`, `.invalidL2Penalty` or `.shapeMismatch`.
  public func lossAndGradient(
    on features: FeatureMatrix, l2Penalty: Float = 0
  ) throws(TrainingError) -> (loss: Float, gradient: [Float]) {
    var options = TrainingOptions(epochs: 1, learningRate: 1, l2Penalty: l2Penalty)
    try options.validate(sampleCount: features.rowCount)
    try checkShape(of: features)
    options.threadCount = 2
    let split = DataSplit(rowCount: features.rowCount, validationCount: 0, seed: 0)

    return features.withSparseRows { rows in
      let kernel = RowKernel(rows: rows, kind: kind, classCount: classCount)
      let trainer = Trainer(
        kernel: kernel, kind: kind, classCount: classCount, options: options, split: split,
        weights: weights, firstEpochIndex: 0)
      let loss = split.training.withUnsafeBufferPointer(trainer.lossAndGradient(over:))
      return (loss, kernel.unpad(UnsafeBufferPointer(trainer.gradient), classCount: classCount))
    }
  }
}
