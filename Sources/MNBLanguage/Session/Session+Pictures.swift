import Foundation
import MNBData
import MNBEngine
import MNBImage

extension Session {
  /// The side pictures are prepared to when no model says otherwise: MNIST's.
  static let defaultPictureSide = 28
  /// How many of the likeliest classes `predict MODEL on "FILE"` lists.
  static let listedPictureClasses = 3

  /// `predict MODEL on "FILE"`: the picture prepared for the model, and its likeliest classes.
  func predict(_ name: Located<String>, onPicture file: Located<String>) throws(SessionFailure) {
    let model = try self.model(name)
    let shape = imageShape(of: model, named: name.value)
    guard shape.height == shape.width else {
      throw SessionFailure(
        .pictureNeedsSquareModel(model: name.value, height: shape.height, width: shape.width),
        at: name.location)
    }
    let picture = try preparedPicture(file, side: shape.width, classNames: model.classNames)
    let outputs: [Float]
    do {
      outputs = try model.probabilities(for: picture)
    } catch {
      throw failure(of: error, training: name)
    }

    let ranked = outputs.indices.sorted { outputs[$0] > outputs[$1] }
      .prefix(Self.listedPictureClasses)
    let best = ranked[ranked.startIndex]
    console.print(
      "\(file.value): \(model.classNames[best]) (\(String(format: "%.2f", outputs[best])))")
    let header = ["class", model.kind == .softmax ? "probability" : "score"]
    let rows = ranked.map { [model.classNames[$0], String(format: "%.4f", outputs[$0])] }
    let table = Format.table(header: header, rows: rows, width: console.columns().map { $0 - 2 })
    console.output(table.split(separator: "\n").map { "  " + $0 + "\n" }.joined())
  }

  /// `show "FILE"`: the picture prepared like MNIST and drawn as text.
  func showPicture(_ file: Located<String>) throws(SessionFailure) {
    let picture = try preparedPicture(file, side: Self.defaultPictureSide)
    console.print("\(file.value): prepared as \(picture.height)x\(picture.width)")
    console.output(TextImage(dataset: picture, index: 0).rendered)
  }

  /// The picture in `file`, read and prepared as a one-image data set of `side` x `side`
  /// (labelled with the first class, which nothing reads).
  func preparedPicture(_ file: Located<String>, side: Int, classNames: [String] = ["?"])
    throws(SessionFailure) -> Dataset
  {
    let pixels: [UInt8]
    do {
      let image = try PictureFile.read(URL(fileURLWithPath: file.value), displayPath: file.value)
      pixels = try DigitPreparation.prepare(image, side: side, file: file.value)
    } catch {
      throw SessionFailure(.pictureFailed(error), at: file.location)
    }
    return Dataset(
      name: file.value, height: side, width: side, pixels: pixels, labels: [0],
      classNames: classNames)
  }
}
