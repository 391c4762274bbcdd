import Foundation
import MNBEngine
import MNBModels

/// Small models whose every field differs from the defaults, so a round trip checks them all.
enum Fixtures {
  static let file = "m.mnbm"

  /// Options with no field at its default, so a round trip checks each one.
  static let options = TrainingOptions(
    epochs: 20, learningRate: 0.125, batchSize: 64, seed: 0xFEED_FACE_CAFE_BEEF,
    optimizer: .momentum(0.875), schedule: .step(every: 5, factor: 0.5), l2Penalty: 1e-4,
    validationFraction: 0.1, patience: 3, threadCount: 1)

  static func stored(_ kind: LogisticModel.Kind) -> StoredModel {
    let classNames = ["zero", "één", "two, \"quoted\""]
    let weights: [Float] = (0..<21).map { Float($0) * 0.1 - 1 }.enumerated().map { index, value in
      switch index {
      case 3: -0.0
      case 4: .leastNonzeroMagnitude
      case 5: .greatestFiniteMagnitude
      default: value
      }
    }
    let model = LogisticModel(
      kind: kind, inputSize: 6, classNames: classNames, weights: weights,
      lossHistory: [2.5, 1.25, 0.3333333], validationLossHistory: [2.75, 1.5],
      epochsTrained: 3, lastTraining: TrainingRun(options: options, epochsRun: 2))
    return StoredModel(model: model, imageHeight: 2, imageWidth: 3)
  }

  static func bytes(_ kind: LogisticModel.Kind = .softmax) -> [UInt8] {
    Array(ModelFile.encoded(stored(kind)))
  }

  /// `bytes` with its trailing checksum recomputed, as a careless writer would leave it.
  static func resealed(_ bytes: [UInt8]) -> [UInt8] {
    var body = Array(bytes.dropLast(4))
    withUnsafeBytes(of: CRC32.checksum(of: body).littleEndian) { body.append(contentsOf: $0) }
    return body
  }

  static func littleEndian(_ value: UInt32) -> [UInt8] {
    withUnsafeBytes(of: value.littleEndian) { Array($0) }
  }

  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("mnb-models-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
