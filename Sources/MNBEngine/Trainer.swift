/// Runs the epochs of one training call on a private copy of a model's weights.
///
/// The trainer owns its scratch memory, so the hot loops work on raw buffers; the model takes
/// the results from `Outcome` in one step when the run ends, however it ends.
final class Trainer {
  struct Outcome {
    var weights: [Float]
    var losses: [Float]
    var stop: TrainingError?
  }

  private let features: FeatureMatrix
  private let options: TrainingOptions
  private let firstEpochIndex: Int
  private let kernel: LogisticKernel
  private let weights: UnsafeMutableBufferPointer<Float>
  private let epochStart: UnsafeMutableBufferPointer<Float>
  private let gradient: UnsafeMutableBufferPointer<Float>
  private let blockRows: UnsafeMutableBufferPointer<Float>
  private let blockLabels: UnsafeMutableBufferPointer<UInt8>

  private var blockSize: Int { kernel.blockCapacity }
  private var classCount: Int { kernel.classCount }

  /// - Parameter firstEpochIndex: how many epochs the model has already trained; it picks the
  ///   shuffles, so two runs of one epoch deal the same batches as one run of two.
  init(
    features: FeatureMatrix, options: TrainingOptions, weights initial: [Float],
    firstEpochIndex: Int
  ) {
    self.features = features
    self.options = options
    self.firstEpochIndex = firstEpochIndex
    kernel = LogisticKernel(columnCount: features.columnCount, classCount: features.classCount)

    weights = .allocate(capacity: initial.count)
    _ = weights.initialize(from: initial)
    epochStart = .allocate(capacity: initial.count)
    gradient = .allocate(capacity: initial.count)

    let gathered = options.batchSize == nil ? 0 : kernel.blockCapacity
    blockRows = .allocate(capacity: gathered * features.columnCount)
    blockLabels = .allocate(capacity: gathered)
  }

  deinit {
    for buffer in [weights, epochStart, gradient, blockRows] {
      buffer.deallocate()
    }
    blockLabels.deallocate()
  }

  /// Trains for `options.epochs` epochs, stopping early on cancellation or divergence with the
  /// weights of the last completed epoch.
  func run(isCancelled: () -> Bool, onEvent: (TrainingEvent) -> Void) -> Outcome {
    var losses: [Float] = []
    for epoch in 1...options.epochs {
      _ = epochStart.update(fromContentsOf: weights)

      guard let loss = runEpoch(index: firstEpochIndex + epoch - 1, isCancelled: isCancelled)
      else {
        let stop = TrainingError.cancelled(completedEpochs: epoch - 1, epochs: options.epochs)
        return Outcome(weights: Array(epochStart), losses: losses, stop: stop)
      }

      guard loss.isFinite, weights.allSatisfy({ $0.isFinite }) else {
        let stop = TrainingError.diverged(epoch: epoch, learningRate: options.learningRate)
        return Outcome(weights: Array(epochStart), losses: losses, stop: stop)
      }

      losses.append(loss)
      onEvent(.epochEnded(epoch: epoch, epochs: options.epochs, loss: loss))
    }
    return Outcome(weights: Array(weights), losses: losses, stop: nil)
  }

  /// The epoch's loss, or `nil` when cancelled part-way.
  private func runEpoch(index: Int, isCancelled: () -> Bool) -> Float? {
    guard let batchSize = options.batchSize else {
      return fullBatchEpoch(isCancelled: isCancelled)
    }
    let order = shuffledOrder(epochIndex: index)
    return miniBatchEpoch(order: order, batchSize: batchSize, isCancelled: isCancelled)
  }

  private func fullBatchEpoch(isCancelled: () -> Bool) -> Float? {
    let n = features.rowCount
    let columns = features.columnCount
    gradient.update(repeating: 0)

    var lossSum = 0.0
    let finished = features.values.withUnsafeBufferPointer { values in
      features.labels.withUnsafeBufferPointer { labels in
        for start in stride(from: 0, to: n, by: blockSize) {
          lossSum += kernel.accumulate(
            rows: values.baseAddress! + start * columns, labels: labels.baseAddress! + start,
            count: min(blockSize, n - start), weights: weights.baseAddress!,
            into: gradient.baseAddress!, scale: 1 / Float(n))
          if isCancelled() { return false }
        }
        return true
      }
    }
    guard finished else { return nil }

    step()
    return Float(lossSum / Double(n * classCount))
  }

  private func miniBatchEpoch(order: [Int], batchSize: Int, isCancelled: () -> Bool) -> Float? {
    var batchLossSum = 0.0
    var batchCount = 0
    for batchStart in stride(from: 0, to: order.count, by: batchSize) {
      let batch = order[batchStart..<min(batchStart + batchSize, order.count)]
      guard let lossSum = accumulateBatch(batch, isCancelled: isCancelled) else { return nil }

      step()
      batchLossSum += lossSum / Double(batch.count * classCount)
      batchCount += 1
    }
    return Float(batchLossSum / Double(batchCount))
  }

  /// Fills `gradient` with the mean gradient over the rows in `batch` and returns their summed
  /// loss, or `nil` when cancelled.
  private func accumulateBatch(_ batch: ArraySlice<Int>, isCancelled: () -> Bool) -> Double? {
    gradient.update(repeating: 0)

    var lossSum = 0.0
    for blockStart in stride(from: batch.startIndex, to: batch.endIndex, by: blockSize) {
      let block = batch[blockStart..<min(blockStart + blockSize, batch.endIndex)]
      gather(block)
      lossSum += kernel.accumulate(
        rows: blockRows.baseAddress!, labels: blockLabels.baseAddress!, count: block.count,
        weights: weights.baseAddress!, into: gradient.baseAddress!,
        scale: 1 / Float(batch.count))
      if isCancelled() { return nil }
    }
    return lossSum
  }

  /// Copies the rows listed in `block` into `blockRows` and their labels into `blockLabels`.
  private func gather(_ block: ArraySlice<Int>) {
    let columns = features.columnCount
    features.values.withUnsafeBufferPointer { values in
      for (slot, row) in block.enumerated() {
        let source = values.baseAddress! + row * columns
        (blockRows.baseAddress! + slot * columns).update(from: source, count: columns)
        blockLabels[slot] = features.labels[row]
      }
    }
  }

  /// `W −= rate · gradient`.
  private func step() {
    let rate = options.learningRate
    for i in weights.indices {
      weights[i] -= rate * gradient[i]
    }
  }

  /// The order in which epoch `epochIndex` (counted over the model's life) deals its images.
  private func shuffledOrder(epochIndex: Int) -> [Int] {
    // Scrambling the epoch index before mixing in the seed keeps the streams of neighbouring
    // epochs apart; `seed + k·γ` would give shifted copies of one SplitMix64 stream.
    var scrambler = SplitMix64(seed: UInt64(epochIndex))
    var generator = SplitMix64(seed: options.seed ^ scrambler.next())
    return generator.permutation(of: features.rowCount)
  }
}
