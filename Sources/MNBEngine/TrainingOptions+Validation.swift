#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension TrainingOptions {
  /// The most images a validation split may take, as a fraction of the training set.
  public static let maximumValidationFraction = 0.5

  /// Checks the options against a training set of `sampleCount` images.
  ///
  /// - Throws: `TrainingError.emptyData` or the error of the first option out of its range.
  public func validate(sampleCount: Int) throws(TrainingError) {
    guard sampleCount > 0 else { throw .emptyData }
    guard epochs >= 1 else { throw .invalidEpochCount(epochs) }
    guard learningRate.isFinite, learningRate > 0 else {
      throw .invalidLearningRate(learningRate)
    }
    guard l2Penalty.isFinite, l2Penalty >= 0 else { throw .invalidL2Penalty(l2Penalty) }
    guard (1...2).contains(threadCount) else { throw .invalidThreadCount(threadCount) }

    try optimizer.validate()
    try schedule.validate()
    try validateSplit(sampleCount: sampleCount)
  }

  /// Images held out for validation from a training set of `sampleCount`; 0 without a split.
  public func validationCount(sampleCount: Int) -> Int {
    guard let validationFraction else { return 0 }
    return Int((Double(sampleCount) * validationFraction).rounded(.down))
  }

  private func validateSplit(sampleCount: Int) throws(TrainingError) {
    if let fraction = validationFraction {
      guard fraction > 0, fraction <= Self.maximumValidationFraction else {
        throw .invalidValidationFraction(fraction)
      }
      guard validationCount(sampleCount: sampleCount) >= 1 else {
        throw .validationSetEmpty(fraction: fraction, sampleCount: sampleCount)
      }
    }
    if let patience {
      guard validationFraction != nil else { throw .patienceWithoutValidation }
      guard patience >= 1 else { throw .invalidPatience(patience) }
    }

    let trainingCount = sampleCount - validationCount(sampleCount: sampleCount)
    if let batchSize, !(1...trainingCount).contains(batchSize) {
      throw .invalidBatchSize(batchSize, sampleCount: trainingCount)
    }
  }
}

extension TrainingOptions.Optimizer {
  fileprivate func validate() throws(TrainingError) {
    switch self {
    case .gradientDescent:
      return
    case .momentum(let momentum):
      guard momentum >= 0, momentum < 1 else { throw .invalidMomentum(momentum) }
    case .adam(let beta1, let beta2, let epsilon):
      guard beta1 >= 0, beta1 < 1 else { throw .invalidAdamDecay(name: "beta1", beta1) }
      guard beta2 >= 0, beta2 < 1 else { throw .invalidAdamDecay(name: "beta2", beta2) }
      guard epsilon.isFinite, epsilon > 0 else { throw .invalidAdamEpsilon(epsilon) }
    }
  }
}

extension TrainingOptions.Schedule {
  fileprivate func validate() throws(TrainingError) {
    guard case .step(let every, let factor) = self else { return }
    guard every >= 1 else { throw .invalidStepInterval(every) }
    guard factor > 0, factor <= 1 else { throw .invalidStepFactor(factor) }
  }

  /// The rate for step `step` (from 0) of `steps`, taken in epoch `epoch` (from 0) of the run.
  func rate(base: Float, step: Int, of steps: Int, epoch: Int) -> Float {
    switch self {
    case .constant:
      return base
    case .cosine:
      let progress = Double(step) / Double(max(1, steps))
      return Float(Double(base) * (1 + cos(Double.pi * progress)) / 2)
    case .step(let every, let factor):
      return base * powf(factor, Float(epoch / every))
    }
  }
}
