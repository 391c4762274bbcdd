import Foundation
import Testing

@testable import MNBData

/// How many classes a data set not known by name gets, and which labellings are refused.
@Suite struct ClassNumberingTests {
  /// Writes data set `x` with the given labels and returns its train and test label files.
  private func writeDataset(
    in folder: TemporaryFolder, train: [UInt8], test: [UInt8]
  ) throws -> (train: URL, test: URL) {
    try folder.write(IDXBytes.images(count: train.count), to: "x/train-images-idx3-ubyte")
    try folder.write(IDXBytes.images(count: test.count), to: "x/t10k-images-idx3-ubyte")
    let trainLabels = try folder.write(
      IDXBytes.file(dimensions: [UInt32(train.count)], payload: train),
      to: "x/train-labels-idx1-ubyte")
    let testLabels = try folder.write(
      IDXBytes.file(dimensions: [UInt32(test.count)], payload: test),
      to: "x/t10k-labels-idx1-ubyte")
    return (trainLabels, testLabels)
  }

  private func load(from folder: TemporaryFolder, name: String = "x") throws -> LoadedSplits {
    try DatasetCatalog(environment: [:], homeDirectory: "").load(name, from: folder.url.path)
  }

  @Test func countsAClassSeenOnlyInTheTestSplit() throws {
    try withTemporaryFolder { folder in
      _ = try writeDataset(in: folder, train: [0, 1, 2, 3, 4, 5, 6, 6], test: [7, 0, 3])

      let splits = try load(from: folder)

      #expect(splits.train.classCount == 8)
      #expect(splits.test.classNames == (0...7).map(String.init))
    }
  }

  @Test func refusesADamagedTrainLabelInsteadOfAddingClasses() throws {
    try withTemporaryFolder { folder in
      var train = (0..<20).map { UInt8($0 % 10) }
      train[13] = 255
      let files = try writeDataset(in: folder, train: train, test: [0, 1, 2])

      let expected = DatasetError.classesWithoutImages(
        files.train, index: 13, label: 255, emptyClasses: 10...254)
      #expect(throws: expected) { try load(from: folder) }
    }
  }

  @Test func refusesADamagedTestLabel() throws {
    try withTemporaryFolder { folder in
      let train = (0..<20).map { UInt8($0 % 10) }
      let files = try writeDataset(in: folder, train: train, test: [0, 1, 200, 2])

      let expected = DatasetError.classesWithoutImages(
        files.test, index: 2, label: 200, emptyClasses: 10...199)
      #expect(throws: expected) { try load(from: folder) }
    }
  }

  @Test func refusesTrainLabelsThatLeaveLowerClassesEmpty() throws {
    try withTemporaryFolder { folder in
      let files = try writeDataset(in: folder, train: [3, 3, 3, 3], test: [3, 7])

      let expected = DatasetError.classesWithoutImages(
        files.train, index: 0, label: 3, emptyClasses: 0...2)
      #expect(throws: expected) { try load(from: folder) }
    }
  }

  @Test func namesOnlyTheFirstRunOfEmptyClasses() throws {
    try withTemporaryFolder { folder in
      let files = try writeDataset(
        in: folder, train: [0, 1, 2, 3, 9, 5, 6, 7, 8], test: [4, 9])

      let expected = DatasetError.classesWithoutImages(
        files.train, index: 4, label: 9, emptyClasses: 4...4)
      #expect(throws: expected) { try load(from: folder) }
    }
  }

  @Test func keepsTheFixedClassesOfAKnownDataSet() throws {
    try withTemporaryFolder { folder in
      let files = try writeDataset(in: folder, train: [0, 1, 255], test: [0])
      try FileManager.default.moveItem(
        at: folder.url.appending(path: "x"), to: folder.url.appending(path: "mnist"))
      let labels = folder.url.appending(path: "mnist")
        .appending(component: files.train.lastPathComponent)

      let expected = DatasetError.labelOutOfRange(labels, index: 2, label: 255, classCount: 10)
      #expect(throws: expected) { try load(from: folder, name: "mnist") }
    }
  }
}
