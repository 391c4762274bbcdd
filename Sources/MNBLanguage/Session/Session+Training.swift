import Foundation
import MNBData
import MNBEngine

extension Session {
  func train(_ name: Located<String>, on reference: DataReference, options: [OptionValue])
    throws(SessionFailure)
  {
    let data = try select(reference)
    let features = self.features(of: data, reference: reference)
    let request = try TrainingRequest(options)
    let trainingOptions = request.options(forImageCount: data.count)
    var model = try existingOrNewModel(name, for: data, request: request)
    let epochsBefore = model.lossHistory.count

    let started = Date()
    let progress = TrainingProgress(
      console: console, epochs: trainingOptions.epochs,
      hasValidation: trainingOptions.validationFraction != nil)
    do {
      try model.train(
        on: features, options: trainingOptions, isCancelled: { self.shouldStop() },
        onEvent: progress.handle)
      progress.finish()
    } catch {
      progress.finish()
      keep(model, named: name.value, shapedLike: data)
      throw failure(of: error, training: name, options: options)
    }
    keep(model, named: name.value, shapedLike: data)

    let epochs = model.lossHistory.count - epochsBefore
    let loss = model.lossHistory.last.map(Format.loss) ?? "n/a"
    let kept = progress.bestEpoch.map { "; stopped early, keeping the weights of epoch \($0)" }
    console.print(
      "trained '\(name.value)' on '\(data.name)' for \(Format.count(epochs, "epoch")): "
        + "loss \(loss)\(kept ?? "")")
    console.printLog("training took \(Format.seconds(Date().timeIntervalSince(started)))")
  }

  func model(_ name: Located<String>) throws(SessionFailure) -> LogisticModel {
    guard let model = models[name.value] else {
      throw SessionFailure(.unknownModel(name: name.value, known: modelNames), at: name.location)
    }
    return model
  }

  private func keep(_ model: LogisticModel, named name: String, shapedLike data: Dataset) {
    models[name] = model
    lastAccuracies[name] = nil
    modelImageShapes[name] = (data.height, data.width)
  }

  private func existingOrNewModel(
    _ name: Located<String>, for data: Dataset, request: TrainingRequest
  ) throws(SessionFailure) -> LogisticModel {
    guard let model = models[name.value] else {
      return LogisticModel(
        inputSize: data.pixelsPerImage, classNames: data.classNames, seed: request.options.seed,
        kind: request.kind)
    }
    try checkShape(of: model, named: name, against: data, reference: nil)
    if let location = request.kindLocation, request.kind != model.kind {
      throw SessionFailure(
        .conflictingOptions(
          "'\(name.value)' is already a \(model.kind.displayName) model; 'model' only applies "
            + "to a new one"), at: location)
    }
    console.printLog("continuing to train '\(name.value)' after \(model.epochsTrained) epochs")
    return model
  }

  func checkShape(
    of model: LogisticModel, named name: Located<String>, against data: Dataset,
    reference: DataReference?
  ) throws(SessionFailure) {
    guard model.inputSize != data.pixelsPerImage || model.classCount != data.classCount else {
      return
    }
    let modelImages = imageShape(of: model, named: name.value)
    throw SessionFailure(
      .shapeMismatch(
        model: name.value,
        modelShape: "\(modelImages.height)x\(modelImages.width) images and "
          + Format.classes(model.classCount),
        dataset: data.name,
        dataShape: "\(data.height)x\(data.width) images and \(Format.classes(data.classCount))"),
      at: reference?.name.location ?? name.location)
  }

  /// Features of a whole named data set are kept for the next command; slices are not.
  func features(of data: Dataset, reference: DataReference) -> FeatureMatrix {
    guard reference.selection == nil else { return FeatureMatrix(data) }
    if let cached = featureCache[reference.name.value] { return cached }
    let features = FeatureMatrix(data)
    featureCache[reference.name.value] = features
    return features
  }

  /// The failure to report for a training error, placed at the option it is about, if any.
  func failure(
    of error: TrainingError, training name: Located<String>, options: [OptionValue] = []
  ) -> SessionFailure {
    if case .cancelled = error {
      if let deadline, deadline.hasPassed {
        return SessionFailure(
          .timedOut(seconds: deadline.seconds, step: error.description), at: name.location)
      }
      return SessionFailure(.interrupted(step: error.description), at: name.location)
    }
    let option = options.first { $0.name == error.optionName }
    return SessionFailure(
      .trainingFailed(model: name.value, reason: error.description),
      at: option?.location ?? name.location)
  }
}

extension TrainingError {
  /// The `train` option an error is about, so the message can point at it.
  var optionName: String? {
    switch self {
    case .invalidEpochCount: "epochs"
    case .invalidLearningRate, .diverged: "rate"
    case .invalidBatchSize: "batch"
    default: nil
    }
  }
}

extension LogisticModel.Kind {
  /// How the kind reads in messages and tables.
  var displayName: String {
    switch self {
    case .oneVsRest: "one-vs-rest"
    case .softmax: "softmax"
    }
  }
}
