import Foundation

/// Finds data sets by asking its sources in order, and loads their train and test splits.
public struct DatasetCatalog: Sendable {
  public let sources: [any DatasetSource]

  public init(sources: [any DatasetSource]) {
    self.sources = sources
  }

  /// A catalog of the folders on disk that `DatasetLocator` searches.
  public init(environment: [String: String], homeDirectory: String) {
    self.init(sources: [DatasetLocator(environment: environment, homeDirectory: homeDirectory)])
  }

  /// The files of data set `name` from the first source that has them.
  ///
  /// - Throws: `DatasetError.notFound` listing every place each source tried, in order.
  ///
  /// - Parameter explicit: a folder the user named, tried first; see `DatasetLocator`.
  public func locate(
    _ name: String, from explicit: String? = nil
  ) throws(DatasetError) -> DatasetFiles {
    try DatasetLocator.checkName(name)
    for source in sources {
      if let files = try source.find(name, explicit: explicit) { return files }
    }

    let searched = sources.flatMap { $0.placesSearched(for: name, explicit: explicit) }
    throw .notFound(name: name, searched: searched)
  }

  /// Locates data set `name` and loads its splits as data sets named "train" and "test".
  ///
  /// Class names come from `KnownDataset` when the name is known; otherwise they are "0" up to
  /// the largest train label, and the test labels must fit them.
  public func load(
    _ name: String, from explicit: String? = nil,
    maximumBytes: Int = IDXReader.defaultMaximumBytes
  ) throws(DatasetError) -> LoadedSplits {
    let files = try locate(name, from: explicit)

    let train = try loadDataset(
      images: files.trainImages, labels: files.trainLabels, name: "train",
      classNames: KnownDataset.named(name)?.classNames, maximumBytes: maximumBytes)
    let test = try loadDataset(
      images: files.testImages, labels: files.testLabels, name: "test",
      classNames: train.classNames, maximumBytes: maximumBytes)

    guard train.height == test.height, train.width == test.width else {
      throw .shapeMismatch(
        train: files.trainImages, test: files.testImages, trainShape: [train.height, train.width],
        testShape: [test.height, test.width])
    }
    return LoadedSplits(train: train, test: test, files: files)
  }
}
