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
  /// What each file must hold, in the order train images, train labels, test images, test
  /// labels; nil when the files are not checked (a folder named with `from`, or a data set
  /// mnb knows no sums for).
  public var checksums: [DownloadFile]?
  /// Whether the files are in the download cache, where a damaged one can be fetched again.
  public var isCached: Bool

  public init(
    trainImages: URL, trainLabels: URL, testImages: URL, testLabels: URL, directory: URL,
    notes: [DatasetNote] = [], checksums: [DownloadFile]? = nil, isCached: Bool = false
  ) {
    self.trainImages = trainImages
    self.trainLabels = trainLabels
    self.testImages = testImages
    self.testLabels = testLabels
    self.directory = directory
    self.notes = notes
    self.checksums = checksums
    self.isCached = isCached
  }

  /// The four files in the order of `checksums`.
  public var all: [URL] { [trainImages, trainLabels, testImages, testLabels] }
}
