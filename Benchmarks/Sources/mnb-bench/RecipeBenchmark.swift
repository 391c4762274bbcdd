import MNBData
import MNBEngine

/// Training recipes timed from a fresh model to the end of training, then scored on the test
/// split. Evaluation is not timed; neither is building the feature matrices, which
/// `LoadBenchmark` times.
enum RecipeBenchmark {
  /// The numpy notebook's test accuracy, the mark for "time to accuracy".
  static let targetAccuracy = 0.9136

  /// The fastest recipe known to reach the target: softmax, Adam at 0.02, batches of 128,
  /// cosine decay, one epoch.
  static let fastest = TrainingOptions(
    epochs: 1, learningRate: 0.02, batchSize: 128, seed: 1, optimizer: .adam,
    schedule: .cosine)

  static func runFastest(repeats: Int) throws {
    let splits = try BenchData.load("mnist")
    try measure(
      "fastest", options: fastest, kind: .softmax, on: splits, repeats: repeats,
      extra: ["target_accuracy": targetAccuracy])
  }

  /// `TrainingOptions.recommended` with seed 1 on a model of `Kind.recommended` drawn with
  /// seed 1, as `train m on train seed 1` does in mnb.
  static func runRecommended(repeats: Int) throws {
    var options = TrainingOptions.recommended
    options.seed = 1
    for name in ["mnist", "fashion-mnist"] {
      guard let splits = try BenchData.loadIfPresent(name) else {
        JSONLine.emit(["benchmark": "recipe", "dataset": name, "skipped": "data set not found"])
        continue
      }
      try measure(
        "recipe", options: options, kind: .recommended, on: splits, repeats: repeats,
        extra: ["dataset": name])
    }
  }

  private static func measure(
    _ benchmark: String, options: TrainingOptions, kind: LogisticModel.Kind,
    on splits: LoadedSplits, repeats: Int, extra: [String: Any]
  ) throws {
    let train = FeatureMatrix(splits.train)
    let test = FeatureMatrix(splits.test)
    let fresh = LogisticModel(
      inputSize: train.pixelsPerImage, classNames: train.classNames, seed: 1, kind: kind)

    for threads in [1, 2] {
      var options = options
      options.threadCount = threads
      var trained = fresh
      let timings = try Timings.measure(repeats: repeats) {
        trained = fresh
        try trained.train(on: train, options: options)
      }

      JSONLine.emit(
        [
          "benchmark": benchmark, "threads": threads, "layout": "\(train.layout)",
          "epochs": options.epochs, "batch_size": options.batchSize ?? train.rowCount,
          "test_accuracy": try trained.evaluation(on: test).accuracy,
          "train_accuracy": try trained.evaluation(on: train).accuracy,
        ] + extra + timings.fields)
    }
  }
}
