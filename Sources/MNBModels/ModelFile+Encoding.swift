import Foundation
import MNBEngine

extension ModelFile {
  /// The bytes of the model file for `stored`.
  public static func encoded(_ stored: StoredModel) -> Data {
    let model = stored.model
    var body = ByteWriter()
    body.append(kindCode(of: model.kind))
    body.appendCount(model.inputSize, of: "input size")
    body.appendCount(stored.imageHeight, of: "image height")
    body.appendCount(stored.imageWidth, of: "image width")
    body.appendCount(model.classCount, of: "class count")
    for name in model.classNames { body.appendText(name, of: "class name") }

    body.appendCount(model.epochsTrained, of: "epochs trained")
    body.appendFloats(model.lossHistory, countedAs: "loss history")
    body.appendFloats(model.validationLossHistory, countedAs: "validation loss history")
    appendTrainingRun(model.lastTraining, to: &body)
    body.appendFloats(model.weights)

    var file = ByteWriter()
    file.append(magic)
    file.append(currentVersion)
    file.append(UInt64(headerSize + body.data.count + checksumSize))
    file.append(body.data)
    file.append(CRC32.checksum(of: file.data))
    return file.data
  }

  static func kindCode(of kind: LogisticModel.Kind) -> UInt8 {
    switch kind {
    case .oneVsRest: 1
    case .softmax: 2
    }
  }

  static func kind(ofCode code: UInt8) -> LogisticModel.Kind? {
    switch code {
    case 1: .oneVsRest
    case 2: .softmax
    default: nil
    }
  }
}
