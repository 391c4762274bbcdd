import Foundation
import MNBData
import MNBEngine
import MNBPlot

extension Session {
  /// The plot a subject asks for, and a short word for file names.
  func makePlot(_ subject: PlotRequest.Subject, title: String?, logScale: Bool)
    throws(SessionFailure) -> (Plot, String)
  {
    switch subject {
    case .weights(let name):
      let model = try self.model(name)
      let shape = imageShape(of: model, named: name.value)
      let heatmap = WeightHeatmap(
        weights: model.weights, height: shape.height, width: shape.width,
        classNames: model.classNames, title: title ?? "weights of '\(name.value)'")
      return (.weights(heatmap), "weights")
    case .loss(let names):
      var series: [LossSeries] = []
      for name in names {
        let model = try self.model(name)
        let validation = model.validationLossHistory.map(Double.init)
        series.append(
          LossSeries(
            name: name.value, training: model.lossHistory.map(Double.init),
            validation: validation.isEmpty ? nil : validation))
      }
      return (
        .losses(LossCurves(series: series, logScale: logScale, title: title ?? "loss")), "loss"
      )
    case .confusion(let name, let reference):
      let evaluation = try evaluation(of: name, on: reference)
      let matrix = ConfusionMatrix(
        counts: evaluation.confusion, classNames: evaluation.classNames,
        title: title ?? "'\(name.value)' on '\(reference.name.value)'")
      return (.confusion(matrix), "confusion")
    case .images(let reference):
      return (.images(try imageGrid(of: reference, title: title)), "images")
    case .picture(let file):
      let picture = try preparedPicture(file, side: Self.defaultPictureSide)
      let grid = ImageGrid(
        images: [picture.pixels], height: picture.height, width: picture.width,
        captions: [URL(fileURLWithPath: file.value).lastPathComponent],
        title: title ?? "'\(file.value)' as a model sees it")
      return (.images(grid), "picture")
    case .errors(let name, let reference):
      return (.images(try errorGrid(of: name, on: reference, title: title)), "errors")
    }
  }

  private func imageGrid(of reference: DataReference, title: String?) throws(SessionFailure)
    -> ImageGrid
  {
    var data = try select(reference)
    if reference.selection == nil { data = data.slice(0..<min(24, data.count), name: data.name) }
    let shown = min(data.count, 100)
    return ImageGrid(
      images: (0..<shown).map { Array(data.image(at: $0)) }, height: data.height,
      width: data.width, captions: (0..<shown).map { data.classNames[Int(data.labels[$0])] },
      title: title ?? "'\(reference.name.value)'")
  }

  private func errorGrid(of name: Located<String>, on reference: DataReference, title: String?)
    throws(SessionFailure) -> ImageGrid
  {
    let model = try self.model(name)
    let data = try select(reference)
    let predictions = try predictions(of: model, named: name, on: data, reference: reference)
    let wrong = data.labels.indices.filter { predictions[$0] != Int(data.labels[$0]) }.prefix(24)
    guard !wrong.isEmpty else {
      throw SessionFailure(
        .nothingToPlot(reason: "'\(name.value)' gets every image of '\(data.name)' right"),
        at: name.location)
    }
    return ImageGrid(
      images: wrong.map { Array(data.image(at: $0)) }, height: data.height, width: data.width,
      captions: wrong.map {
        "\($0): \(model.classNames[predictions[$0]]) / \(data.classNames[Int(data.labels[$0])])"
      },
      title: title ?? "'\(name.value)' wrong on '\(data.name)' (image: predicted / true)")
  }

  /// The height and width of the images a model was made for; square when not recorded.
  func imageShape(of model: LogisticModel, named name: String) -> (height: Int, width: Int) {
    if let shape = modelImageShapes[name], shape.height * shape.width == model.inputSize {
      return shape
    }
    let side = Int(Double(model.inputSize).squareRoot().rounded())
    return side * side == model.inputSize ? (side, side) : (1, model.inputSize)
  }
}
