/// How to train a model: for how long, how fast, and on what batches.
public struct TrainingOptions: Sendable, Equatable {
  /// Passes over the whole training set; at least 1.
  public var epochs: Int
  /// The gradient-descent step size; finite and above 0.
  public var learningRate: Float
  /// Images per gradient step, or `nil` for one step per epoch on the whole set.
  public var batchSize: Int?
  /// Seeds the order in which images are dealt into batches; full-batch training ignores it.
  public var seed: UInt64

  public init(epochs: Int, learningRate: Float, batchSize: Int? = nil, seed: UInt64 = 0) {
    self.epochs = epochs
    self.learningRate = learningRate
    self.batchSize = batchSize
    self.seed = seed
  }

  /// Checks the options against a training set of `sampleCount` images.
  ///
  /// - Throws: `TrainingError.emptyData`, `.invalidEpochCount`, `.invalidLearningRate` or
  ///   `.invalidBatchSize`.
  public func validate(sampleCount: Int) throws(TrainingError) {
    guard sampleCount > 0 else { throw .emptyData }
    guard epochs >= 1 else { throw .invalidEpochCount(epochs) }
    guard learningRate.isFinite, learningRate > 0 else {
      throw .invalidLearningRate(learningRate)
    }

    if let batchSize, !(1...sampleCount).contains(batchSize) {
      throw .invalidBatchSize(batchSize, sampleCount: sampleCount)
    }
  }
}
