import MNBData
import MNBEngine

/// One full-batch epoch of the numpy notebook's method: ten one-vs-rest logistic regressions,
/// one gradient-descent step each at rate 0.1, from weights drawn with seed 1.
///
/// An epoch makes two products over the training set, `X·W` and `Xᵀ·R`, so its rates count
/// two; they include the sigmoids, the loss and the update, so they understate the products.
/// Every timed epoch starts from the same weights.
enum EpochBenchmark {
  static func run(repeats: Int) throws {
    let train = try BenchData.load("mnist").train
    for layout in [FeatureMatrix.Layout.sparse, .dense] {
      let features = FeatureMatrix(train, layout: layout)
      let model = LogisticModel(
        inputSize: features.pixelsPerImage, classNames: features.classNames, seed: 1)
      for threads in [1, 2] {
        try measureEpoch(of: model, on: features, threads: threads, repeats: repeats)
      }
      if layout == .sparse {
        try measureForward(of: model, on: features, repeats: repeats)
      }
    }
  }

  private static func measureEpoch(
    of model: LogisticModel, on features: FeatureMatrix, threads: Int, repeats: Int
  ) throws {
    let options = TrainingOptions(epochs: 1, learningRate: 0.1, seed: 1, threadCount: threads)
    let timings = try Timings.measure(repeats: repeats) {
      var trained = model
      try trained.train(on: features, options: options)
      keep(trained)
    }

    let shape = ProductShape(features)
    JSONLine.emit(
      ["benchmark": "epoch", "layout": "\(features.layout)", "threads": threads]
        + timings.fields + shape.fields + shape.rates(products: 2, seconds: timings.best))
  }

  /// `X·W` alone, through `logits(for:)`, which always runs on two threads and includes
  /// copying the logits out of the kernel's padded rows.
  private static func measureForward(
    of model: LogisticModel, on features: FeatureMatrix, repeats: Int
  ) throws {
    let timings = try Timings.measure(repeats: repeats) {
      keep(try model.logits(for: features))
    }

    let shape = ProductShape(features)
    JSONLine.emit(
      ["benchmark": "forward", "layout": "\(features.layout)", "threads": 2]
        + timings.fields + shape.fields + shape.rates(products: 1, seconds: timings.best))
  }
}
