import MNBData

extension LogisticModel {
  /// Trains the model by gradient descent on the mean logistic loss of each class.
  ///
  /// Each step moves the weights by `−learningRate · Xᵀ(σ(XW) − Y) / n` over a batch of `n`
  /// images (all of them when `options.batchSize` is `nil`). Mini-batches are dealt in an
  /// order shuffled each epoch from `options.seed` and the model's epoch count, so the same
  /// model, data and options give the same weights bit for bit. A completed epoch appends its
  /// loss to `lossHistory` and counts in `epochsTrained`; a second call continues training.
  ///
  /// - Parameters:
  ///   - isCancelled: asked after every block of rows; returning `true` stops the run.
  ///   - onEvent: told when each epoch ends.
  /// - Throws: `TrainingError.shapeMismatch` or an option error before training starts;
  ///   `.cancelled` when stopped, or `.diverged` when the loss or weights stop being finite,
  ///   leaving the model with the weights of its last completed epoch.
  public mutating func train(
    on features: FeatureMatrix, options: TrainingOptions,
    isCancelled: () -> Bool = { false }, onEvent: (TrainingEvent) -> Void = { _ in }
  ) throws(TrainingError) {
    try options.validate(sampleCount: features.rowCount)
    try checkShape(of: features)
    BLAS.setThreadCount(1)

    let trainer = Trainer(
      features: features, options: options, weights: weights, firstEpochIndex: epochsTrained)
    let outcome = trainer.run(isCancelled: isCancelled, onEvent: onEvent)

    weights = outcome.weights
    lossHistory += outcome.losses
    epochsTrained += outcome.losses.count
    if let stop = outcome.stop { throw stop }
  }

  /// Trains on `dataset`; see `train(on:options:isCancelled:onEvent:)`. Building the feature
  /// matrix costs a pass over the pixels, so build a `FeatureMatrix` once when training often.
  public mutating func train(
    on dataset: Dataset, options: TrainingOptions,
    isCancelled: () -> Bool = { false }, onEvent: (TrainingEvent) -> Void = { _ in }
  ) throws(TrainingError) {
    try train(
      on: FeatureMatrix(dataset), options: options, isCancelled: isCancelled, onEvent: onEvent)
  }
}
