import Foundation
import MNBData
import MNBEngine

extension Session {
  func train(_ name: Located<String>, on reference: DataReference, options: [OptionValue])
    throws(SessionFailure)
  {
    let data = try select(reference)
    let features = self.features(of: data, reference: reference)
    let trainingOptions = TrainingOptions(options)
    var model = try existingOrNewModel(name, for: data, seed: trainingOptions.seed)

    let started = Date()
    let progress = TrainingProgress(console: console, epochs: trainingOptions.epochs)
    do {
      try model.train(
        on: features, options: trainingOptions, isCancelled: { self.shouldStop() },
        onEvent: progress.handle)
    } catch {
      progress.finish()
      models[name.value] = model
      throw failure(of: error, training: name)
    }
    progress.finish()
    models[name.value] = model

    let seconds = Date().timeIntervalSince(started)
    let loss = model.lossHistory.last.map { String(format: "%.4f", $0) } ?? "n/a"
    console.print(
      "trained '\(name.value)' on '\(data.name)' for \(trainingOptions.epochs) epochs in "
        + "\(Format.seconds(seconds)): loss \(loss)")
  }

  func evaluate(_ name: Located<String>, on reference: DataReference) throws(SessionFailure) {
    let model = try self.model(name)
    let data = try select(reference)
    let evaluation = try checkedEvaluation(of: model, named: name, on: data, reference: reference)

    console.print(
      "accuracy \(Format.fraction(evaluation.accuracy)) on '\(data.name)' "
        + "(\(evaluation.correct) of \(evaluation.total) correct)")
  }

  func predict(_ name: Located<String>, on reference: DataReference) throws(SessionFailure) {
    let model = try self.model(name)
    var data = try select(reference)
    var note: String?
    if reference.selection == nil && data.count > 10 {
      note = "(the first 10 of \(data.count); give a range such as \(data.name)[0:20])"
      data = data.slice(0..<10, name: data.name)
    }
    let offset = Self.firstIndex(of: reference)

    let features = FeatureMatrix(data)
    try checkShape(of: model, named: name, against: data, reference: reference)
    let probabilities = try inference(named: name) { () throws(TrainingError) in
      try model.probabilities(for: features)
    }
    var rows: [[String]] = []
    for row in 0..<data.count {
      let scores = probabilities[row * model.classCount..<(row + 1) * model.classCount]
      let predicted = scores.indices.max { scores[$0] < scores[$1] }! - scores.startIndex
      let truth = Int(data.labels[row])
      rows.append([
        String(offset + row), model.classNames[predicted],
        String(format: "%.3f", scores[scores.startIndex + predicted]),
        data.classNames[truth], predicted == truth ? "yes" : "no",
      ])
    }
    console.output(
      Format.table(header: ["image", "predicted", "score", "label", "correct"], rows: rows))
    if let note { console.print(note) }
  }

  private static func firstIndex(of reference: DataReference) -> Int {
    switch reference.selection {
    case .index(let index): index
    case .range(let from, _): from ?? 0
    case nil: 0
    }
  }

  func model(_ name: Located<String>) throws(SessionFailure) -> LogisticModel {
    guard let model = models[name.value] else {
      throw SessionFailure(.unknownModel(name: name.value, known: modelNames), at: name.location)
    }
    return model
  }

  private func existingOrNewModel(_ name: Located<String>, for data: Dataset, seed: UInt64)
    throws(SessionFailure) -> LogisticModel
  {
    guard let model = models[name.value] else {
      return LogisticModel(inputSize: data.pixelsPerImage, classNames: data.classNames, seed: seed)
    }
    try checkShape(of: model, named: name, against: data, reference: nil)
    console.printLog("continuing to train '\(name.value)' after \(model.epochsTrained) epochs")
    return model
  }

  private func checkedEvaluation(
    of model: LogisticModel, named name: Located<String>, on data: Dataset,
    reference: DataReference
  ) throws(SessionFailure) -> Evaluation {
    try checkShape(of: model, named: name, against: data, reference: reference)
    let features = self.features(of: data, reference: reference)
    return try inference(named: name) { () throws(TrainingError) in
      try model.evaluation(on: features)
    }
  }

  private func checkShape(
    of model: LogisticModel, named name: Located<String>, against data: Dataset,
    reference: DataReference?
  ) throws(SessionFailure) {
    guard model.inputSize != data.pixelsPerImage || model.classCount != data.classCount else {
      return
    }
    throw SessionFailure(
      .shapeMismatch(
        model: name.value,
        modelShape: "\(model.inputSize) pixels and \(model.classCount) classes",
        dataset: data.name,
        dataShape: "\(data.pixelsPerImage) pixels and \(data.classCount) classes"),
      at: reference?.name.location ?? name.location)
  }

  /// Features of a whole named data set are kept for the next command; slices are not.
  private func features(of data: Dataset, reference: DataReference) -> FeatureMatrix {
    guard reference.selection == nil else { return FeatureMatrix(data) }
    if let cached = featureCache[reference.name.value] { return cached }
    let features = FeatureMatrix(data)
    featureCache[reference.name.value] = features
    return features
  }

  /// Runs a model on data whose shape was already checked, turning any error into a failure.
  private func inference<Result>(
    named name: Located<String>, _ body: () throws(TrainingError) -> Result
  ) throws(SessionFailure) -> Result {
    do {
      return try body()
    } catch {
      throw failure(of: error, training: name)
    }
  }

  private func failure(of error: TrainingError, training name: Located<String>) -> SessionFailure {
    if case .cancelled = error {
      if let deadline, deadline.hasPassed {
        return SessionFailure(
          .timedOut(seconds: deadline.seconds, step: error.description), at: name.location)
      }
      return SessionFailure(.interrupted(step: error.description), at: name.location)
    }
    return SessionFailure(
      .trainingFailed(model: name.value, reason: error.description), at: name.location)
  }
}

extension TrainingOptions {
  /// Options from a parsed `train` command; anything not given takes its documented default.
  init(_ values: [OptionValue]) {
    self.init(epochs: 100, learningRate: 0.1)
    for option in values {
      switch (option.name, option.value) {
      case ("epochs", .integer(let epochs)): self.epochs = epochs
      case ("rate", .real(let rate)): self.learningRate = Float(rate)
      case ("batch", .integer(let batch)): self.batchSize = batch
      case ("seed", .integer(let seed)): self.seed = UInt64(seed)
      default: preconditionFailure("TrainingOptions.init: undeclared option '\(option.name)'")
      }
    }
  }
}
