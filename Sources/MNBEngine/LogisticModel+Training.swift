import MNBData

extension LogisticModel {
  /// Trains the model with the optimiser, schedule and batches of `options`.
  ///
  /// Full-batch gradient descent moves the weights by `−learningRate · gradient` once per
  /// epoch; mini-batches are dealt in an order shuffled each epoch from `options.seed` and the
  /// model's epoch count. The same model, data and options give the same weights bit for bit,
  /// with one thread or two. A completed epoch appends its loss to `lossHistory` (and, with a
  /// validation split, the validation loss to `validationLossHistory`) and counts in
  /// `epochsTrained`; a second call continues training, with fresh optimiser state and schedule.
  /// `lastTraining` records the options and the epochs completed once at least one completes,
  /// even when the run stops early; a run that completes none leaves the model as it was.
  ///
  /// - Parameters:
  ///   - isCancelled: asked after every batch (every epoch for full batches); returning `true`
  ///     stops the run.
  ///   - onEvent: told when each epoch ends, its validation score, and an early stop.
  /// - Throws: `TrainingError.shapeMismatch` or an option error before training starts;
  ///   `.cancelled` when stopped, or `.diverged` when the loss or weights stop being finite,
  ///   leaving the model with the weights of its last completed epoch. Stopping early is not
  ///   an error: the model keeps the weights of its best validation epoch.
  public mutating func train(
    on features: FeatureMatrix, options: TrainingOptions,
    isCancelled: () -> Bool = { false }, onEvent: (TrainingEvent) -> Void = { _ in }
  ) throws(TrainingError) {
    try options.validate(sampleCount: features.rowCount)
    try checkShape(of: features)
    let split = DataSplit(
      rowCount: features.rowCount,
      validationCount: options.validationCount(sampleCount: features.rowCount),
      seed: options.seed)

    let outcome = features.withSparseRows { rows in
      let trainer = Trainer(
        kernel: RowKernel(rows: rows, kind: kind, classCount: classCount), kind: kind,
        classCount: classCount, options: options, split: split, weights: weights,
        firstEpochIndex: epochsTrained)
      return trainer.run(isCancelled: isCancelled, onEvent: onEvent)
    }

    weights = outcome.weights
    lossHistory += outcome.losses
    validationLossHistory += outcome.validationLosses
    epochsTrained += outcome.losses.count
    if !outcome.losses.isEmpty {
      lastTraining = TrainingRun(options: options, epochsRun: outcome.losses.count)
    }
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
