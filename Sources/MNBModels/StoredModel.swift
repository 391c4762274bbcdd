import MNBEngine

/// A model as a model file holds it: the weights and history, and the shape of the images it
/// was trained on.
public struct StoredModel: Sendable, Equatable {
  public var model: LogisticModel
  /// Rows of the images the model was trained on; `imageHeight × imageWidth` is its input size.
  public var imageHeight: Int
  public var imageWidth: Int

  public init(model: LogisticModel, imageHeight: Int, imageWidth: Int) {
    precondition(
      imageHeight * imageWidth == model.inputSize,
      "StoredModel.init: \(imageHeight)x\(imageWidth) images for \(model.inputSize) inputs")
    self.model = model
    self.imageHeight = imageHeight
    self.imageWidth = imageWidth
  }
}
