import Foundation
import MNBEngine

extension TrainingRun {
  /// The options in the words of `train`: `adam, rate 0.02, batch 256, cosine, l2 0.0001,
  /// seed 0`, preceded by `last 4 of 20 epochs: ` when the run stopped short.
  var summary: String {
    let options = self.options
    var parts = [Self.words(for: options.optimizer), "rate \(Self.number(options.learningRate))"]
    parts.append(options.batchSize.map { "batch \($0)" } ?? "full batch")
    parts.append(Self.words(for: options.schedule))
    parts.append("l2 \(Self.number(options.l2Penalty))")
    if let fraction = options.validationFraction {
      parts.append("validation \(Self.number(fraction))")
    }
    if let patience = options.patience { parts.append("patience \(patience)") }
    parts.append("seed \(options.seed)")
    if options.threadCount != 2 { parts.append("threads \(options.threadCount)") }

    let text = parts.joined(separator: ", ")
    guard epochsRun == options.epochs else {
      return "last \(epochsRun) of \(Format.count(options.epochs, "epoch")): \(text)"
    }
    return text
  }

  private static func words(for optimizer: TrainingOptions.Optimizer) -> String {
    switch optimizer {
    case .gradientDescent: "gd"
    case .momentum(let momentum): "momentum \(number(momentum))"
    case .adam where optimizer == .adam: "adam"
    case .adam(let beta1, let beta2, let epsilon):
      "adam (beta1 \(number(beta1)), beta2 \(number(beta2)), epsilon \(number(epsilon)))"
    }
  }

  private static func words(for schedule: TrainingOptions.Schedule) -> String {
    switch schedule {
    case .constant: "constant"
    case .cosine: "cosine"
    case .step(let every, let factor): "step \(every) factor \(number(factor))"
    }
  }

  /// A value as `train` takes it: `0.02`, `1`, `1e-05`; seven digits hold any float32.
  private static func number(_ value: some BinaryFloatingPoint) -> String {
    String(format: "%.7g", Double(value))
  }
}
