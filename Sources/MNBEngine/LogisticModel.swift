/// A linear classifier over the pixels of an image: one-vs-rest logistic regression or
/// multinomial (softmax) logistic regression.
///
/// `weights` holds `(inputSize + 1) × classCount` values, row-major: row 0 is the bias of
/// each class, row `p + 1` the weight of pixel `p`, and column `c` belongs to class `c`.
public struct LogisticModel: Sendable, Equatable {
  /// How the class outputs are trained and compared.
  public enum Kind: String, Sendable, Equatable {
    /// An independent sigmoid per class, each trained to tell its class from all others.
    case oneVsRest
    /// A softmax over the classes, trained on the cross-entropy.
    case softmax

    /// The kind to pair with `TrainingOptions.recommended`.
    public static let recommended = Kind.softmax
  }

  public let kind: Kind
  /// Pixels per image the model takes, without the bias input.
  public let inputSize: Int
  public let classNames: [String]
  public var weights: [Float]
  /// The training loss of every epoch trained so far, oldest first.
  public internal(set) var lossHistory: [Float]
  /// The validation loss of every epoch trained with a validation split, oldest first.
  public internal(set) var validationLossHistory: [Float] = []
  public internal(set) var epochsTrained: Int
  /// The options the model was last trained with; nil for a model never trained by
  /// `train(on:options:)` or read from a file that does not record them.
  public internal(set) var lastTraining: TrainingRun?

  public var classCount: Int { classNames.count }
  /// The most classes a model can have: the widest vector the training kernels use.
  public static var maximumClassCount: Int { RowKernel.maximumClassCount }
  /// Rows of `weights`: the bias row and one row per pixel.
  public var weightRowCount: Int { inputSize + 1 }

  /// A new model. One-vs-rest weights are drawn uniformly from `[0, 1)` by
  /// `SplitMix64(seed:)`, row after row, as the numpy notebook draws them, so one seed gives the
  /// same model everywhere. Softmax weights start at zero: its loss is convex, so it needs no
  /// random start, and pixels that never light up then stay at zero in pictures of the weights.
  public init(inputSize: Int, classNames: [String], seed: UInt64, kind: Kind = .oneVsRest) {
    let count = (inputSize + 1) * classNames.count
    var weights = [Float](repeating: 0, count: count)
    if kind == .oneVsRest {
      var generator = SplitMix64(seed: seed)
      weights = (0..<count).map { _ in generator.nextUnitFloat() }
    }
    self.init(kind: kind, inputSize: inputSize, classNames: classNames, weights: weights)
  }

  /// A model with the given weights, laid out as described on the type, and the history of
  /// the training that made them.
  public init(
    kind: Kind = .oneVsRest, inputSize: Int, classNames: [String], weights: [Float],
    lossHistory: [Float] = [], validationLossHistory: [Float] = [], epochsTrained: Int = 0,
    lastTraining: TrainingRun? = nil
  ) {
    precondition(inputSize >= 1, "LogisticModel.init: input size \(inputSize) is below 1")
    precondition(!classNames.isEmpty, "LogisticModel.init: no class names")
    precondition(
      weights.count == (inputSize + 1) * classNames.count,
      "LogisticModel.init: \(weights.count) weights for \(inputSize + 1) rows and "
        + "\(classNames.count) classes")
    self.kind = kind
    self.inputSize = inputSize
    self.classNames = classNames
    self.weights = weights
    self.lossHistory = lossHistory
    self.validationLossHistory = validationLossHistory
    self.epochsTrained = epochsTrained
    self.lastTraining = lastTraining
  }

  /// Throws `TrainingError.shapeMismatch` unless `features` has the model's pixel count and,
  /// when `includingClasses`, its class count; `.tooManyClasses` or `.imageTooLarge` when the
  /// engine cannot take the model.
  func checkShape(of features: FeatureMatrix, includingClasses: Bool = true) throws(TrainingError) {
    precondition(
      weights.count == weightRowCount * classCount,
      "LogisticModel: \(weights.count) weights for \(weightRowCount) rows and \(classCount) "
        + "classes")
    let classesDiffer = includingClasses && features.classCount != classCount
    if features.pixelsPerImage != inputSize || classesDiffer {
      throw .shapeMismatch(
        modelPixels: inputSize, modelClasses: classCount,
        dataPixels: features.pixelsPerImage, dataClasses: features.classCount)
    }
    guard classCount <= RowKernel.maximumClassCount else {
      throw .tooManyClasses(classCount, limit: RowKernel.maximumClassCount)
    }
    guard features.fitsLayout else {
      throw .imageTooLarge(
        pixels: features.pixelsPerImage, limit: FeatureMatrix.maximumPixelsPerImage)
    }
  }
}
