import Foundation

/// The four IDX files of a data set with train and test splits, and the folder holding them.
public struct DatasetFiles: Sendable, Equatable {
  public var trainImages: URL
  public var trainLabels: URL
  public var testImages: URL
  public var testLabels: URL
  public var directory: URL
  /// What the user should be told about how the files were found, such as a folder given with
  /// `from` that was passed over; empty when there is nothing to say.
  public var notes: [DatasetNote]

  public init(
    trainImages: URL, trainLabels: URL, testImages: URL, testLabels: URL, directory: URL,
    notes: [DatasetNote] = []
  ) {
    self.trainImages = trainImages
    self.trainLabels = trainLabels
    self.testImages = testImages
    self.testLabels = testLabels
    self.directory = directory
    self.notes = notes
  }
}
