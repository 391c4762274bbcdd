/// One training run's losses, one value per epoch starting at epoch 1.
///
/// NaN or infinite values are drawn as gaps, each marked by a dashed red line at its epoch.
public struct LossSeries: Sendable, Equatable {
  public var name: String
  public var training: [Double]
  /// Validation losses per epoch; may be shorter or longer than `training`.
  public var validation: [Double]?

  public init(name: String, training: [Double], validation: [Double]? = nil) {
    self.name = name
    self.training = training
    self.validation = validation
  }

  var epochCount: Int { max(training.count, validation?.count ?? 0) }

  var allValues: [Double] { training + (validation ?? []) }

  /// Epochs (from 1) where a recorded value is NaN or infinite.
  var nonFiniteEpochs: [Int] {
    (0..<epochCount).filter { index in
      [training, validation ?? []].contains { index < $0.count && !$0[index].isFinite }
    }.map { $0 + 1 }
  }

  /// Datablock rows `epoch training validation`, with `nan` for a missing or bad value.
  func rows() -> [String] {
    (0..<epochCount).map { index in
      let train = index < training.count ? training[index] : .nan
      let valid = validation.flatMap { index < $0.count ? $0[index] : nil } ?? .nan
      return "\(index + 1) \(GnuplotText.datum(train)) \(GnuplotText.datum(valid))"
    }
  }

  /// - Throws: `PlotError.noFiniteLoss` or, on a log scale, `nonPositiveOnLogScale` naming the
  ///   first epoch whose value is zero or negative.
  func validate(logScale: Bool) throws {
    guard allValues.contains(where: \.isFinite) else {
      throw PlotError.noFiniteLoss(series: name)
    }
    guard logScale else { return }
    for values in [training, validation ?? []] {
      if let index = values.firstIndex(where: { $0.isFinite && $0 <= 0 }) {
        throw PlotError.nonPositiveOnLogScale(series: name, epoch: index + 1, value: values[index])
      }
    }
  }
}
