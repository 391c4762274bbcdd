import Foundation
import MNBData
import MNBEngine

extension Session {
  func evaluate(_ name: Located<String>, on reference: DataReference) throws(SessionFailure) {
    let evaluation = try evaluation(of: name, on: reference)
    let data = try select(reference)
    lastAccuracies[name.value] = (evaluation.accuracy, data.name)

    console.print(
      "accuracy \(Format.fraction(evaluation.accuracy)) on '\(data.name)' "
        + "(\(evaluation.correct) of \(evaluation.total) correct)")
    console.output(Format.classTable(of: evaluation, width: console.columns()))
    console.output(Format.confusionTable(of: evaluation, width: console.columns()))
  }

  func predict(_ name: Located<String>, on reference: DataReference) throws(SessionFailure) {
    let model = try self.model(name)
    var data = try select(reference)
    var note: String?
    if reference.selection == nil && data.count > 10 {
      note = "(the first 10 of \(data.count); give a range such as \(data.name)[0:20])"
      data = data.slice(0..<10, name: data.name)
    }

    let predicted = try predictions(of: model, named: name, on: data, reference: reference)
    let scores = try inference(named: name) { () throws(TrainingError) in
      try model.probabilities(for: data)
    }
    let offset = Self.firstIndex(of: reference)
    let rows = (0..<data.count).map { row in
      let truth = Int(data.labels[row])
      return [
        String(offset + row), model.classNames[predicted[row]],
        String(format: "%.3f", scores[row * model.classCount + predicted[row]]),
        data.classNames[truth], predicted[row] == truth ? "yes" : "no",
      ]
    }
    console.output(
      Format.table(
        header: ["image", "predicted", "score", "label", "correct"], rows: rows,
        width: console.columns()))
    if let note { console.print(note) }
  }

  /// The model's evaluation on the selected images, after checking the shapes agree.
  func evaluation(of name: Located<String>, on reference: DataReference) throws(SessionFailure)
    -> Evaluation
  {
    let model = try self.model(name)
    let data = try select(reference)
    try checkShape(of: model, named: name, against: data, reference: reference)
    let features = self.features(of: data, reference: reference)
    return try inference(named: name) { () throws(TrainingError) in
      try model.evaluation(on: features)
    }
  }

  /// The class the model predicts for each image, after checking the shapes agree.
  func predictions(
    of model: LogisticModel, named name: Located<String>, on data: Dataset,
    reference: DataReference
  ) throws(SessionFailure) -> [Int] {
    try checkShape(of: model, named: name, against: data, reference: reference)
    return try inference(named: name) { () throws(TrainingError) in
      try model.predictions(for: data)
    }
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

  private static func firstIndex(of reference: DataReference) -> Int {
    switch reference.selection {
    case .index(let index): index
    case .range(let from, _): from ?? 0
    case nil: 0
    }
  }
}
