import Foundation
import Testing

@testable import MNBData

@Suite struct DatasetLoadingTests {
  @Test func loadsImagesAndLabelsIntoADataset() throws {
    try withTemporaryFolder { folder in
      let imageBytes = IDXBytes.images(count: 6, rows: 4, columns: 3)
      let images = try folder.writeGzip(imageBytes, to: "images.gz")
      let labels = try folder.write(IDXBytes.labels(count: 6, classCount: 3), to: "labels")

      let dataset = try loadDataset(images: images, labels: labels, name: "small")

      #expect(dataset.name == "small")
      #expect(dataset.count == 6)
      #expect(dataset.height == 4 && dataset.width == 3)
      #expect(dataset.pixels == Array(imageBytes.dropFirst(16)))
      #expect(dataset.labels == [0, 1, 2, 0, 1, 2])
      #expect(dataset.classNames == ["0", "1", "2"])
    }
  }

  @Test func rejectsCountsThatDiffer() throws {
    try withTemporaryFolder { folder in
      let images = try folder.write(IDXBytes.images(count: 6), to: "images")
      let labels = try folder.write(IDXBytes.labels(count: 5), to: "labels")

      let expected = DatasetError.countMismatch(
        images: images, labels: labels, imageCount: 6, labelCount: 5)
      #expect(throws: expected) { try loadDataset(images: images, labels: labels, name: "x") }
    }
  }

  @Test func rejectsALabelWithNoClass() throws {
    try withTemporaryFolder { folder in
      let images = try folder.write(IDXBytes.images(count: 4), to: "images")
      let labelBytes = IDXBytes.file(dimensions: [4], payload: [1, 9, 12, 10])
      let labels = try folder.write(labelBytes, to: "labels")
      let tenClasses = (0...9).map(String.init)

      #expect(throws: DatasetError.labelOutOfRange(labels, index: 2, label: 12, classCount: 10)) {
        try loadDataset(images: images, labels: labels, name: "x", classNames: tenClasses)
      }
    }
  }

  @Test func passesOnAFileError() throws {
    try withTemporaryFolder { folder in
      let images = try folder.write(IDXBytes.images(count: 2), to: "images")
      let labels = try folder.write(IDXBytes.images(count: 2), to: "labels")

      let expected = DatasetError.unreadable(
        .wrongDimensionCount(labels, expected: .labels, found: 3))
      #expect(throws: expected) { try loadDataset(images: images, labels: labels, name: "x") }
    }
  }

  @Test func loadsBothSplitsWithKnownClassNames() throws {
    try withTemporaryFolder { folder in
      try writeDataset(in: folder, at: "fashion-mnist", trainCount: 20, testCount: 10)
      let catalog = DatasetCatalog(environment: [:], homeDirectory: "")

      // Named with 'from', the files are not checked against the real data set's sums.
      let splits = try catalog.load("fashion-mnist", from: folder.url.path)

      #expect(splits.train.name == "train" && splits.test.name == "test")
      #expect(splits.train.count == 20 && splits.test.count == 10)
      #expect(splits.train.classNames == KnownDataset.named("fashion-mnist")?.classNames)
      #expect(splits.test.classNames.last == "Ankle boot")
      #expect(splits.files.directory.path == folder.url.appending(path: "fashion-mnist").path)
    }
  }

  @Test func namesClassesOfAnUnknownDataSetByTheTrainLabels() throws {
    try withTemporaryFolder { folder in
      try writeDataset(in: folder, at: "digits", trainCount: 8, testCount: 4, classCount: 4)

      let splits = try DatasetCatalog(environment: [:], homeDirectory: "")
        .load("digits", from: folder.url.path)

      #expect(splits.train.classNames == ["0", "1", "2", "3"])
      #expect(splits.test.classNames == ["0", "1", "2", "3"])
    }
  }

  @Test func rejectsTestImagesOfAnotherSize() throws {
    try withTemporaryFolder { folder in
      try writeDataset(in: folder, at: "odd", trainCount: 4, testCount: 4)
      let testImages = try folder.write(
        IDXBytes.images(count: 4, rows: 5, columns: 5), to: "odd/t10k-images-idx3-ubyte.gz")

      let expected = DatasetError.shapeMismatch(
        train: folder.url.appending(path: "odd/train-images-idx3-ubyte.gz"), test: testImages,
        trainShape: [4, 3], testShape: [5, 5])
      #expect(throws: expected) {
        try DatasetCatalog(environment: [:], homeDirectory: "").load("odd", from: folder.url.path)
      }
    }
  }
}

/// Writes a complete data set in the original naming style, images gzipped and labels raw.
func writeDataset(
  in folder: TemporaryFolder, at path: String, trainCount: Int, testCount: Int,
  classCount: Int = 10
) throws {
  try folder.writeGzip(
    IDXBytes.images(count: trainCount), to: "\(path)/train-images-idx3-ubyte.gz")
  try folder.write(
    IDXBytes.labels(count: trainCount, classCount: classCount),
    to: "\(path)/train-labels-idx1-ubyte")
  try folder.writeGzip(
    IDXBytes.images(count: testCount, seed: 2), to: "\(path)/t10k-images-idx3-ubyte.gz")
  try folder.write(
    IDXBytes.labels(count: testCount, classCount: classCount),
    to: "\(path)/t10k-labels-idx1-ubyte")
}
