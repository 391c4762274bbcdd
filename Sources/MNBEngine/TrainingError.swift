/// Why a model could not be trained or applied. Each case holds the facts; `description` turns
/// them into one sentence.
public enum TrainingError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The data set holds no images.
  case emptyData
  /// The epoch count is below 1.
  case invalidEpochCount(Int)
  /// The learning rate is not a finite number above 0.
  case invalidLearningRate(Float)
  /// The batch size is outside `1...sampleCount`, the images left for training.
  case invalidBatchSize(Int, sampleCount: Int)
  /// The L2 penalty is negative or not finite.
  case invalidL2Penalty(Float)
  /// The momentum is outside `[0, 1)`.
  case invalidMomentum(Float)
  /// One of Adam's decay rates, named `beta1` or `beta2`, is outside `[0, 1)`.
  case invalidAdamDecay(name: String, Float)
  /// Adam's epsilon is not a finite number above 0.
  case invalidAdamEpsilon(Float)
  /// A step schedule's interval is below 1 epoch.
  case invalidStepInterval(Int)
  /// A step schedule's factor is outside `(0, 1]`.
  case invalidStepFactor(Float)
  /// The validation fraction is outside `(0, 0.5]`.
  case invalidValidationFraction(Double)
  /// The validation fraction of the data set rounds down to no image.
  case validationSetEmpty(fraction: Double, sampleCount: Int)
  /// Early stopping was asked for without a validation split to watch.
  case patienceWithoutValidation
  /// The patience is below 1 epoch.
  case invalidPatience(Int)
  /// The thread count is neither 1 nor 2.
  case invalidThreadCount(Int)
  /// The data has more classes than the engine's widest kernel takes.
  case tooManyClasses(Int, limit: Int)
  /// The images have more pixels than the compact layout can index.
  case imageTooLarge(pixels: Int, limit: Int)
  /// The model was built for images or classes of another shape than the data's.
  case shapeMismatch(modelPixels: Int, modelClasses: Int, dataPixels: Int, dataClasses: Int)
  /// The loss passed 1e8 or stopped being finite, or a weight did, during epoch `epoch` of the
  /// run; the model keeps the weights it had before that epoch.
  case diverged(epoch: Int, learningRate: Float)
  /// The caller asked to stop; the model keeps the weights of epoch `completedEpochs` of the
  /// run (its weights from before the run when that is 0).
  case cancelled(completedEpochs: Int, epochs: Int)

  public var description: String {
    switch self {
    case .emptyData:
      return "cannot train on an empty data set: it holds no images; load some images first"
    case .invalidEpochCount(let epochs):
      return "invalid epoch count \(epochs): it must be at least 1"
    case .invalidLearningRate(let rate):
      return "invalid learning rate \(Self.format(rate)): it must be a finite number above 0"
    case .invalidBatchSize(let size, let sampleCount):
      return "invalid batch size \(size): it must be between 1 and \(sampleCount), "
        + "the number of training images"
    case .invalidL2Penalty(let penalty):
      return "invalid l2 penalty \(Self.format(penalty)): it must be a finite number, 0 or more"
    case .invalidMomentum(let momentum):
      return "invalid momentum \(Self.format(momentum)): it must be at least 0 and below 1"
    case .invalidAdamDecay(let name, let value):
      return "invalid adam \(name) \(Self.format(value)): it must be at least 0 and below 1"
    case .invalidAdamEpsilon(let epsilon):
      return "invalid adam epsilon \(Self.format(epsilon)): it must be a finite number above 0"
    case .invalidStepInterval(let every):
      return "invalid step schedule interval \(every): it must be at least 1 epoch"
    case .invalidStepFactor(let factor):
      return "invalid step schedule factor \(Self.format(factor)): "
        + "it must be above 0 and at most 1"
    case .invalidValidationFraction(let fraction):
      return "invalid validation fraction \(fraction): it must be above 0 and at most 0.5"
    case .validationSetEmpty(let fraction, let sampleCount):
      return "cannot hold out a validation set: \(fraction) of \(sampleCount) images is "
        + "no image; use a larger fraction or more images"
    case .patienceWithoutValidation:
      return "cannot stop early without a validation set: patience needs a validation "
        + "fraction; give one, such as 0.1"
    case .invalidPatience(let patience):
      return "invalid patience \(patience): it must be at least 1 epoch"
    case .invalidThreadCount(let count):
      return "invalid thread count \(count): it must be 1 or 2"
    case .tooManyClasses(let count, let limit):
      return "cannot train on \(count) classes: models take at most \(limit) classes"
    case .imageTooLarge(let pixels, let limit):
      return "cannot use images of \(pixels) pixels: models take at most \(limit) pixels "
        + "per image"
    case .shapeMismatch(let modelPixels, let modelClasses, let dataPixels, let dataClasses):
      return "the model does not fit the data: the model takes \(modelPixels) pixels and "
        + "\(modelClasses) classes, the data has \(dataPixels) pixels and \(dataClasses) "
        + "classes; create a model for this data"
    case .diverged(let epoch, let rate):
      return "training diverged at epoch \(epoch) with learning rate \(Self.format(rate)): "
        + "the loss blew up; try a smaller rate such as \(Self.format(smallerRate(rate)))"
    case .cancelled(let completed, let epochs):
      let kept = completed == 0 ? "the weights from before training" : "epoch \(completed)"
      return "training cancelled after \(completed) of \(epochs) epochs: "
        + "the model keeps \(kept)"
    }
  }

  private func smallerRate(_ rate: Float) -> Float {
    rate > 0.1 ? 0.1 : rate / 10
  }

  /// Whole numbers without a trailing ".0", so messages read "rate 1000" rather than "1000.0".
  private static func format(_ value: Float) -> String {
    if value.isFinite, value == value.rounded(), abs(value) < 1e9 {
      return String(Int(value))
    }
    return String(value)
  }
}
