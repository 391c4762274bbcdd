import Foundation

/// Finds data sets by asking its sources in order, and loads their train and test splits.
public struct DatasetCatalog: Sendable {
  public let sources: [any DatasetSource]

  public init(sources: [any DatasetSource]) {
    self.sources = sources
  }

  /// A catalog of the folders on disk that `DatasetLocator` searches, then of downloads into
  /// the cache folder (see `DownloadSource`), which alone checks that folder for the data sets
  /// it can verify.
  public init(
    environment: [String: String], homeDirectory: String,
    registry: [KnownDataset] = KnownDataset.all
  ) {
    let downloads = DownloadSource(
      environment: environment, homeDirectory: homeDirectory, registry: registry)
    var locator = DatasetLocator(environment: environment, homeDirectory: homeDirectory)
    locator.namesLeftToDownloads = downloads.verifiedNames
    self.init(sources: [locator, downloads])
  }

  /// The files of data set `name` from the first source that has them.
  ///
  /// - Throws: `DatasetError.notFound` listing every place each source tried, in order, and
  ///   suggesting a known data set or a folder whose name is close to `name`.
  ///
  /// - Parameters:
  ///   - explicit: a folder the user named, tried first; see `DatasetLocator`. When it does not
  ///     hold the data set, the result's `notes` say so.
  ///   - monitor: handed to sources that take long, such as downloads.
  public func locate(
    _ name: String, from explicit: String? = nil, monitor: LoadMonitor = .none
  ) throws(DatasetError) -> DatasetFiles {
    try DatasetLocator.checkName(name)
    for source in sources {
      if let files = try source.find(name, explicit: explicit, monitor: monitor) { return files }
    }

    let searched = sources.flatMap { $0.placesSearched(for: name, explicit: explicit) }
    let names = sources.flatMap { $0.availableNames(explicit: explicit) }
    let suggestion = KnownDataset.suggestion(for: name, among: names)
    throw .notFound(name: name, searched: searched, suggestion: suggestion)
  }

  /// Locates data set `name` and loads its splits as data sets named "train" and "test".
  ///
  /// Class names come from `KnownDataset` when the name is known. Otherwise they are "0" up to
  /// the largest label in either split, and every class below the largest needs at least one
  /// training image, so a damaged label byte is caught rather than taken for a new class; see
  /// `ClassNumbering`.
  ///
  /// - Parameter monitor: asked between slices of each file whether to stop (the error is then
  ///   `.unreadable(.cancelled)`), and told the bytes read.
  /// - Throws: `DatasetError`: whatever `locate` throws, `.unreadable`, `.countMismatch`,
  ///   `.labelOutOfRange` (known data sets), `.classesWithoutImages` (other data sets) and
  ///   `.shapeMismatch`.
  public func load(
    _ name: String, from explicit: String? = nil,
    maximumBytes: Int = IDXReader.defaultMaximumBytes, monitor: LoadMonitor = .none
  ) throws(DatasetError) -> LoadedSplits {
    let files = try locate(name, from: explicit, monitor: monitor)

    let trainPair = try readLabelledImages(
      images: files.trainImages, labels: files.trainLabels, maximumBytes: maximumBytes,
      monitor: monitor)
    let testPair = try readLabelledImages(
      images: files.testImages, labels: files.testLabels, maximumBytes: maximumBytes,
      monitor: monitor)

    var classNames = KnownDataset.named(name)?.classNames ?? []
    if classNames.isEmpty {
      classNames = try ClassNumbering.classNames(
        trainLabels: trainPair.labels.bytes, testLabels: testPair.labels.bytes,
        trainFile: files.trainLabels, testFile: files.testLabels)
    }
    let train = try makeDataset(
      trainPair, labelsFile: files.trainLabels, name: "train", classNames: classNames)
    let test = try makeDataset(
      testPair, labelsFile: files.testLabels, name: "test", classNames: classNames)

    guard train.height == test.height, train.width == test.width else {
      throw .shapeMismatch(
        train: files.trainImages, test: files.testImages, trainShape: [train.height, train.width],
        testShape: [test.height, test.width])
    }
    return LoadedSplits(train: train, test: test, files: files)
  }
}
