/// Runs the epochs of one training call on a private, padded copy of a model's weights.
///
/// The trainer owns its scratch memory, so the hot loops work on raw buffers; the model takes
/// the results from `Outcome` in one step when the run ends, however it ends.
final class Trainer {
  /// A mean loss this large means logits near 1e8: the run has diverged even though every
  /// number is still finite, so it stops as if the loss had overflowed.
  static let divergedLoss: Float = 1e8

  struct Outcome {
    /// `columnCount × classCount`, laid out like `LogisticModel.weights`.
    var weights: [Float]
    var losses: [Float] = []
    var validationLosses: [Float] = []
    var stop: TrainingError?
  }

  let kernel: RowKernel
  let options: TrainingOptions
  let split: DataSplit
  let kind: LogisticModel.Kind
  let classCount: Int
  private let firstEpochIndex: Int
  private let update: ParameterUpdate
  private var stepIndex = 0
  private let stepCount: Int

  let weights: UnsafeMutableBufferPointer<Float>
  let gradient: UnsafeMutableBufferPointer<Float>
  /// The second half's gradient before it is added to `gradient`.
  let halfGradient: UnsafeMutableBufferPointer<Float>
  private let epochStart: UnsafeMutableBufferPointer<Float>
  private let best: UnsafeMutableBufferPointer<Float>

  /// - Parameter firstEpochIndex: how many epochs the model has already trained; it picks the
  ///   shuffles, so two runs of one epoch deal the same batches as one run of two.
  init(
    kernel: RowKernel, kind: LogisticModel.Kind, classCount: Int, options: TrainingOptions,
    split: DataSplit, weights initial: [Float], firstEpochIndex: Int
  ) {
    self.kernel = kernel
    self.kind = kind
    self.classCount = classCount
    self.options = options
    self.split = split
    self.firstEpochIndex = firstEpochIndex

    let count = initial.count / classCount * kernel.laneWidth
    weights = .allocate(capacity: count)
    kernel.pad(initial, classCount: classCount, into: weights)
    gradient = .allocate(capacity: count)
    halfGradient = .allocate(capacity: count)
    epochStart = .allocate(capacity: count)
    best = .allocate(capacity: split.validation.isEmpty ? 0 : count)
    update = ParameterUpdate(optimizer: options.optimizer, count: count)

    let batch = options.batchSize ?? split.training.count
    stepCount = options.epochs * ((split.training.count + batch - 1) / batch)
  }

  deinit {
    for buffer in [weights, gradient, halfGradient, epochStart, best] {
      buffer.deallocate()
    }
  }

  /// Trains for `options.epochs` epochs, stopping on cancellation or divergence with the
  /// weights of the last completed epoch, or early with the best validation weights.
  func run(isCancelled: () -> Bool, onEvent: (TrainingEvent) -> Void) -> Outcome {
    var outcome = Outcome(weights: [])
    var watch = EarlyStopping(patience: options.patience)
    if !split.validation.isEmpty { _ = best.update(fromContentsOf: weights) }

    for epoch in 1...options.epochs {
      _ = epochStart.update(fromContentsOf: weights)
      outcome.stop = runEpoch(epoch, isCancelled: isCancelled, onEvent: onEvent, into: &outcome)
      if outcome.stop != nil { return finish(outcome, keeping: epochStart) }
      guard !split.validation.isEmpty else { continue }

      let (loss, accuracy) = validationScore()
      outcome.validationLosses.append(loss)
      onEvent(.validated(epoch: epoch, epochs: options.epochs, loss: loss, accuracy: accuracy))
      if watch.record(loss, epoch: epoch) {
        _ = best.update(fromContentsOf: weights)
      } else if watch.isOutOfPatience(at: epoch) {
        onEvent(.stoppedEarly(epoch: epoch, bestEpoch: watch.bestEpoch, bestLoss: watch.bestLoss))
        return finish(outcome, keeping: best)
      }
    }
    return finish(outcome, keeping: options.patience == nil ? weights : best)
  }

  private func finish(_ outcome: Outcome, keeping kept: UnsafeMutableBufferPointer<Float>)
    -> Outcome
  {
    var outcome = outcome
    outcome.weights = kernel.unpad(UnsafeBufferPointer(kept), classCount: classCount)
    return outcome
  }

  /// Trains one epoch and records its loss; returns why the run must stop, if it must.
  private func runEpoch(
    _ epoch: Int, isCancelled: () -> Bool, onEvent: (TrainingEvent) -> Void,
    into outcome: inout Outcome
  ) -> TrainingError? {
    let loss: Float?
    if let batchSize = options.batchSize {
      loss = miniBatchEpoch(epoch - 1, batchSize: batchSize, isCancelled: isCancelled)
    } else {
      loss = fullBatchEpoch(epoch - 1, isCancelled: isCancelled)
    }
    guard let loss else {
      return .cancelled(completedEpochs: epoch - 1, epochs: options.epochs)
    }
    guard loss.isFinite, loss < Self.divergedLoss, weights.allSatisfy({ $0.isFinite }) else {
      return .diverged(epoch: epoch, learningRate: options.learningRate)
    }

    outcome.losses.append(loss)
    onEvent(.epochEnded(epoch: epoch, epochs: options.epochs, loss: loss))
    return nil
  }

  /// The epoch's loss, measured before its one step, or `nil` when cancelled.
  private func fullBatchEpoch(_ epoch: Int, isCancelled: () -> Bool) -> Float? {
    let loss = split.training.withUnsafeBufferPointer { rows in
      lossAndGradient(over: rows)
    }
    if isCancelled() { return nil }

    step(epoch: epoch)
    return loss
  }

  /// The mean loss of the epoch's batches, or `nil` when cancelled; a batch whose loss is not
  /// finite ends the epoch at once, returning that loss.
  private func miniBatchEpoch(_ epoch: Int, batchSize: Int, isCancelled: () -> Bool) -> Float? {
    let order = shuffledTrainingRows(epochIndex: firstEpochIndex + epoch)
    var lossSum = 0.0
    var batchCount = 0

    return order.withUnsafeBufferPointer { order -> Float? in
      for start in stride(from: 0, to: order.count, by: batchSize) {
        let end = min(start + batchSize, order.count)
        let batch = UnsafeBufferPointer(rebasing: order[start..<end])
        let loss = lossAndGradient(over: batch)
        if isCancelled() { return nil }
        guard loss.isFinite else { return loss }

        step(epoch: epoch)
        lossSum += Double(loss)
        batchCount += 1
      }
      return Float(lossSum / Double(batchCount))
    }
  }

  private func step(epoch: Int) {
    let rate = options.schedule.rate(
      base: options.learningRate, step: stepIndex, of: stepCount, epoch: epoch)
    update.apply(to: weights, gradient: UnsafeBufferPointer(gradient), rate: rate)
    stepIndex += 1
  }

  /// The training rows in the order epoch `epochIndex` (counted over the model's life) deals
  /// them.
  private func shuffledTrainingRows(epochIndex: Int) -> [Int32] {
    // Scrambling the epoch index before mixing in the seed keeps the streams of neighbouring
    // epochs apart; `seed + k·γ` would give shifted copies of one SplitMix64 stream.
    var scrambler = SplitMix64(seed: UInt64(epochIndex))
    var generator = SplitMix64(seed: options.seed ^ scrambler.next())
    return generator.permutation(of: split.training.count).map { split.training[$0] }
  }
}
