import Foundation
import MNBEngine
import MNBModels
import Testing

/// Version 2 records the options of the latest training; version 1 files still read.
@Suite struct VersionTests {
  @Test(arguments: [
    Fixtures.options,
    .recommended,
    TrainingOptions(
      epochs: 1, learningRate: 1e30, optimizer: .adam(beta1: 0, beta2: 0.5, epsilon: 1)),
    TrainingOptions(epochs: 100, learningRate: 0.1, schedule: .cosine),
  ])
  func theOptionsReadBackBitForBit(options: TrainingOptions) throws {
    var stored = Fixtures.stored(.softmax)
    stored.model = Self.model(
      stored.model, lastTraining: TrainingRun(options: options, epochsRun: 1))
    let bytes = Array(ModelFile.encoded(stored))

    let read = try ModelFile.decoded(bytes, file: Fixtures.file)
    #expect(read == stored)
    #expect(read.model.lastTraining?.options == options)
    #expect(Array(ModelFile.encoded(read)) == bytes)
  }

  @Test func aModelNeverTrainedRecordsNoOptions() throws {
    var stored = Fixtures.stored(.oneVsRest)
    stored.model = Self.model(stored.model, lastTraining: nil)
    let read = try ModelFile.decoded(Array(ModelFile.encoded(stored)), file: Fixtures.file)
    #expect(read.model.lastTraining == nil)
    #expect(read == stored)
  }

  @Test func theVersionWrittenIsTwo() {
    #expect(Array(Fixtures.bytes()[8..<12]) == [2, 0, 0, 0])
  }

  @Test func aVersionOneFileReadsWithoutOptions() throws {
    let stored = Fixtures.stored(.oneVsRest)
    let read = try ModelFile.decoded(Self.versionOne(stored), file: Fixtures.file)

    #expect(read.model.lastTraining == nil)
    #expect(read.model.weights.map(\.bitPattern) == stored.model.weights.map(\.bitPattern))
    #expect(read.model.classNames == stored.model.classNames)
    #expect(read.model.epochsTrained == 3)
    #expect(read.imageHeight == 2 && read.imageWidth == 3)
  }

  @Test func aTrainingRunLongerThanTheModelsEpochsIsRefused() {
    var stored = Fixtures.stored(.softmax)
    stored.model = Self.model(
      stored.model, lastTraining: TrainingRun(options: Fixtures.options, epochsRun: 4))
    #expect(
      throws: ModelFileError.invalidOptions(
        file: Fixtures.file, reason: "4 of 20 epochs run, 3 trained")
    ) {
      try ModelFile.decoded(Array(ModelFile.encoded(stored)), file: Fixtures.file)
    }
    #expect(
      ModelFileError.invalidOptions(file: "m.mnbm", reason: "4 threads").description
        == "cannot load model 'm.mnbm': the training options are damaged (4 threads)")
  }

  @Test func anUnknownOptimizerCodeIsRefused() throws {
    let bytes = Fixtures.bytes()
    // The optimizer code follows the presence byte, three counts and the rate.
    let marker = try #require(Self.offsetOfOptions(in: bytes))
    var damaged = bytes
    damaged[marker + 1 + 16] = 9
    #expect(
      throws: ModelFileError.invalidOptions(file: Fixtures.file, reason: "optimizer code 9")
    ) {
      try ModelFile.decoded(Fixtures.resealed(damaged), file: Fixtures.file)
    }
  }

  static func model(_ model: LogisticModel, lastTraining: TrainingRun?) -> LogisticModel {
    LogisticModel(
      kind: model.kind, inputSize: model.inputSize, classNames: model.classNames,
      weights: model.weights, lossHistory: model.lossHistory,
      validationLossHistory: model.validationLossHistory, epochsTrained: model.epochsTrained,
      lastTraining: lastTraining)
  }

  /// Where the options section of a fixture file starts: after the header, kind, four counts,
  /// the class names, the epochs and the two loss histories.
  static func offsetOfOptions(in bytes: [UInt8]) -> Int? {
    let model = Fixtures.stored(.softmax).model
    let names = model.classNames.reduce(0) { $0 + 4 + $1.utf8.count }
    let histories = 8 + 4 * (model.lossHistory.count + model.validationLossHistory.count)
    let offset = 20 + 1 + 16 + names + 4 + histories
    return bytes[offset] == 1 ? offset : nil
  }

  /// `stored` in the layout of version 1, written field by field as docs/model-format.md
  /// gives it.
  static func versionOne(_ stored: StoredModel) -> [UInt8] {
    let model = stored.model
    var body: [UInt8] = [model.kind == .oneVsRest ? 1 : 2]
    for count in [model.inputSize, stored.imageHeight, stored.imageWidth, model.classCount] {
      body += Fixtures.littleEndian(UInt32(count))
    }
    for name in model.classNames {
      body += Fixtures.littleEndian(UInt32(name.utf8.count)) + Array(name.utf8)
    }
    body += Fixtures.littleEndian(UInt32(model.epochsTrained))
    for history in [model.lossHistory, model.validationLossHistory] {
      body += Fixtures.littleEndian(UInt32(history.count))
      body += history.flatMap { Fixtures.littleEndian($0.bitPattern) }
    }
    body += model.weights.flatMap { Fixtures.littleEndian($0.bitPattern) }

    let size = UInt64(20 + body.count + 4)
    let header =
      Array("MNBMODEL".utf8) + Fixtures.littleEndian(1)
      + withUnsafeBytes(of: size.littleEndian) { Array($0) }
    return Fixtures.resealed(header + body + [0, 0, 0, 0])
  }
}
