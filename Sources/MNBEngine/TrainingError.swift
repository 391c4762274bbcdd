/// Why a model could not be trained or applied. Each case holds the facts; `description` turns
/// them into one sentence.
public enum TrainingError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The data set holds no images.
  case emptyData
  /// The epoch count is below 1.
  case invalidEpochCount(Int)
  /// The learning rate is not a finite number above 0.
  case invalidLearningRate(Float)
  /// The batch size is outside `1...sampleCount`.
  case invalidBatchSize(Int, sampleCount: Int)
  /// The model was built for images or classes of another shape than the data's.
  case shapeMismatch(modelPixels: Int, modelClasses: Int, dataPixels: Int, dataClasses: Int)
  /// The loss or the weights stopped being finite during epoch `epoch` of the run; the model
  /// keeps the weights it had before that epoch.
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
    case .shapeMismatch(let modelPixels, let modelClasses, let dataPixels, let dataClasses):
      return "the model does not fit the data: the model takes \(modelPixels) pixels and "
        + "\(modelClasses) classes, the data has \(dataPixels) pixels and \(dataClasses) "
        + "classes; create a model for this data"
    case .diverged(let epoch, let rate):
      return "training diverged at epoch \(epoch) with learning rate \(Self.format(rate)): "
        + "the loss is not finite; try a smaller rate such as \(Self.format(smallerRate(rate)))"
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
