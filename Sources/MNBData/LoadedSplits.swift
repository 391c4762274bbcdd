/// A data set's train and test splits, loaded, with the files they came from.
public struct LoadedSplits: Sendable, Equatable {
  public var train: Dataset
  public var test: Dataset
  public var files: DatasetFiles

  public init(train: Dataset, test: Dataset, files: DatasetFiles) {
    self.train = train
    self.test = test
    self.files = files
  }

  /// What the user should be told about how the files were found; see `DatasetFiles.notes`.
  public var notes: [DatasetNote] { files.notes }
}
