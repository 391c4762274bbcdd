/// The options of a model's latest training call and how many of its epochs completed, which
/// may be fewer than asked for after an early stop, a divergence or an interruption.
public struct TrainingRun: Sendable, Equatable {
  public var options: TrainingOptions
  /// Epochs the call completed, from 0 to `options.epochs`.
  public var epochsRun: Int

  public init(options: TrainingOptions, epochsRun: Int) {
    self.options = options
    self.epochsRun = epochsRun
  }
}
