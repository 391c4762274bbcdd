import Foundation
import MNBEngine
import MNBModels
import MNBPlot

extension Session {
  /// `save MODEL "FILE"`: writes the model, with the image shape it was made for.
  func saveModel(_ name: Located<String>, to path: Located<String>) throws(SessionFailure) {
    let model = try self.model(name)
    try checkWritePath(path)
    let shape = modelImageShapes[name.value] ?? (1, model.inputSize)
    let stored = StoredModel(model: model, imageHeight: shape.height, imageWidth: shape.width)
    do {
      try ModelFile.write(stored, to: URL(fileURLWithPath: path.value), displayPath: path.value)
    } catch {
      throw SessionFailure(.cannotSave(reason: error.description), at: path.location)
    }
    console.print("saved model '\(name.value)' to '\(path.value)'")
  }

  /// `load model NAME from "FILE"`: reads a model file whole; on any error the session's
  /// models stay as they were.
  func loadModel(_ name: Located<String>, from path: Located<String>) throws(SessionFailure) {
    let stored: StoredModel
    do {
      stored = try ModelFile.read(
        from: URL(fileURLWithPath: path.value), displayPath: path.value)
    } catch {
      throw SessionFailure(.cannotLoadModel(error), at: path.location)
    }

    let model = stored.model
    models[name.value] = model
    modelImageShapes[name.value] = (stored.imageHeight, stored.imageWidth)
    lastAccuracies[name.value] = nil
    let options = model.lastTraining.map { " (\($0.summary))" } ?? ""
    console.print(
      "loaded model '\(name.value)' from '\(path.value)': \(model.kind.displayName), "
        + "\(stored.imageHeight)x\(stored.imageWidth) images, "
        + "\(Format.classes(model.classCount)), "
        + "\(Format.count(model.epochsTrained, "epoch")) trained\(options)")
  }

  /// `export MODEL "FILE"`: the weights as `.npy` or `.csv`, as the extension says.
  func exportModel(_ name: Located<String>, to path: Located<String>) throws(SessionFailure) {
    let model = try self.model(name)
    try checkWritePath(path)
    guard let format = ExportFormat(path: path.value) else {
      throw SessionFailure(
        .unknownExportFormat(path: path.value, allowed: ExportFormat.extensions),
        at: path.location)
    }
    do {
      try WeightExport.write(
        model, as: format, to: URL(fileURLWithPath: path.value), displayPath: path.value)
    } catch {
      throw SessionFailure(.cannotSave(reason: error.description), at: path.location)
    }
    console.print(
      "exported the weights of '\(name.value)' to '\(path.value)': "
        + "\(model.weightRowCount) rows by \(Format.classes(model.classCount))")
  }

  /// Refuses a path a model, weights or session file may not be written to: one that plots
  /// refuse too, and a file name that is only an extension, such as '.npy'.
  func checkWritePath(_ path: Located<String>) throws(SessionFailure) {
    if let problem = WritePathRule.problem(with: path.value) {
      let reason =
        if case .unsafePath = problem {
          "cannot write '\(path.value)': a path may not start with '|' or '<', which plot and "
            + "shell commands read as a command; rename the file"
        } else {
          problem.description
        }
      throw SessionFailure(.cannotSave(reason: reason), at: path.location)
    }
    let name = (path.value as NSString).lastPathComponent
    guard name.count > 1, name.hasPrefix("."), !name.dropFirst().contains(".") else { return }
    throw SessionFailure(
      .cannotSave(reason: "cannot write '\(path.value)': give a file name before '\(name)'"),
      at: path.location)
  }
}
