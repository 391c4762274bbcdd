import Foundation

/// The four IDX files of a data set with train and test splits, and the folder holding them.
public struct DatasetFiles: Sendable, Equatable {
  public var trainImages: URL
  public var trainLabels: URL
  public var testImages: URL
  public var testLabels: URL
  public var directory: URL

  public init(
    trainImages: URL, trainLabels: URL, testImages: URL, testLabels: URL, directory: URL
  ) {
    self.trainImages = trainImages
    self.trainLabels = trainLabels
    self.testImages = testImages
    self.testLabels = testLabels
    self.directory = directory
  }
}
