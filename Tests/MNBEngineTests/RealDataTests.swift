import Foundation
import MNBData
import MNBEngine
import Testing

/// Trains on the real MNIST files in `$MNB_DATA/mnist`; skipped when `MNB_DATA` is not set.
@Suite(
  "Real MNIST",
  .enabled(
    if: ProcessInfo.processInfo.environment["MNB_DATA"] != nil,
    "MNB_DATA is not set; point it at the folder holding mnist/*.gz to run this suite"))
struct RealDataTests {
  private func load(_ prefix: String, name: String, classNames: [String]?) throws -> Dataset {
    let root = ProcessInfo.processInfo.environment["MNB_DATA"]!
    let folder = URL(fileURLWithPath: root).appendingPathComponent("mnist")
    return try loadDataset(
      images: folder.appendingPathComponent("\(prefix)-images-idx3-ubyte.gz"),
      labels: folder.appendingPathComponent("\(prefix)-labels-idx1-ubyte.gz"),
      name: name, classNames: classNames)
  }

  @Test("the recommended recipe reaches 92.5% test accuracy")
  func recommendedRecipe() throws {
    let train = try load("train", name: "train", classNames: nil)
    let test = try load("t10k", name: "test", classNames: train.classNames)
    var model = LogisticModel(
      inputSize: 784, classNames: train.classNames, seed: 1, kind: .recommended)

    try model.train(on: train, options: .recommended)

    let evaluation = try model.evaluation(on: test)
    #expect(evaluation.total == 10000)
    #expect(evaluation.accuracy >= 0.925)
    #expect(model.lossHistory.count == TrainingOptions.recommended.epochs)
  }

  @Test("two one-vs-rest mini-batch epochs reach 88% test accuracy")
  func twoEpochsReachEightyEightPercent() throws {
    let train = try load("train", name: "train", classNames: nil)
    let test = try load("t10k", name: "test", classNames: train.classNames)
    var model = LogisticModel(inputSize: 784, classNames: train.classNames, seed: 42)

    try model.train(
      on: train, options: .init(epochs: 2, learningRate: 0.5, batchSize: 100, seed: 1))

    let evaluation = try model.evaluation(on: test)
    #expect(evaluation.total == 10000)
    #expect(evaluation.accuracy >= 0.88)
    #expect(model.lossHistory.count == 2 && model.lossHistory[1] < model.lossHistory[0])
  }
}
