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
    for entry in registry {
      guard let download = entry.download, download.isVerifiable else { continue }
      locator.checksums[entry.name] = download.files
    }
    self.init(sources: [locator, downloads])
  }

  /// The files of data set `name` from the first source that has them.
  ///
  /// - Throws: `DatasetError.notFound` listing every place each source tried, in order, and
  ///   suggesting a known data set or a folder whose name is close to `name`.
  ///
  /// - Parameters:
  ///   - explicit: a folder the user named, the only place searched; see `DatasetLocator`.
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
  /// Files of a known data set found outside a folder named with `from` are checked against
  /// their SHA-256 as they are read; a damaged file in the download cache is fetched again
  /// (unless downloads are off) and the load repeated.
  ///
  /// - Parameter monitor: asked between slices of each file whether to stop (the error is then
  ///   `.unreadable(.cancelled)`), and told the bytes read.
  /// - Throws: `DatasetError`: whatever `locate` throws, `.checksumMismatch`, `.unreadable`,
  ///   `.countMismatch`,
  ///   `.labelOutOfRange` (known data sets), `.classesWithoutImages` (other data sets) and
  ///   `.shapeMismatch`.
  public func load(
    _ name: String, from explicit: String? = nil,
    maximumBytes: Int = IDXReader.defaultMaximumBytes, monitor: LoadMonitor = .none
  ) throws(DatasetError) -> LoadedSplits {
    var files = try locate(name, from: explicit, monitor: monitor)
    var refetched: Set<URL> = []
    while true {
      do {
        return try loadSplits(of: name, from: files, maximumBytes: maximumBytes, monitor: monitor)
      } catch {
        guard let damaged = refetchable(error, in: files), refetched.insert(damaged).inserted
        else { throw Self.namingTheCache(error, of: name, in: files) }
        unlink(damaged.path)
        files = try locate(name, from: explicit, monitor: monitor)
      }
    }
  }

  /// The cached file `error` is about, when it may be fetched again: downloads are on and the
  /// file is damaged rather than the load stopped.
  private func refetchable(_ error: DatasetError, in files: DatasetFiles) -> URL? {
    guard files.isCached, !downloadsAreOff else { return nil }
    switch error {
    case .checksumMismatch(_, let file, _, _, _, _):
      return file
    case .unreadable(.cancelled):
      return nil
    case .unreadable(let error) where files.all.contains(error.url):
      return error.url
    default:
      return nil
    }
  }

  /// `error`, saying that the corrupt file it names is in the download cache, by its full
  /// path, when it is.
  private static func namingTheCache(
    _ error: DatasetError, of name: String, in files: DatasetFiles
  ) -> DatasetError {
    guard files.isCached, case .unreadable(.corruptGzip(let file, let reason)) = error,
      files.all.contains(file)
    else { return error }
    return .corruptInCache(name: name, file: file, reason: reason)
  }

  private var downloadsAreOff: Bool {
    sources.compactMap { ($0 as? DownloadSource)?.settings.isOffline }.first ?? true
  }

  /// Reads the splits of `files`, checking each file against its checksum, if it has one, in
  /// the same pass. Files that have sums, none of which applies to their form, are named in a
  /// note of the result.
  private func loadSplits(
    of name: String, from files: DatasetFiles, maximumBytes: Int, monitor: LoadMonitor
  ) throws(DatasetError) -> LoadedSplits {
    let checks = ContentCheck.checks(for: files, of: name)
    let trainRead = try readLabelledImages(
      images: files.trainImages, labels: files.trainLabels, maximumBytes: maximumBytes,
      monitor: monitor, checks: (checks[0], checks[1]))
    let testRead = try readLabelledImages(
      images: files.testImages, labels: files.testLabels, maximumBytes: maximumBytes,
      monitor: monitor, checks: (checks[2], checks[3]))
    let trainPair = (images: trainRead.images, labels: trainRead.labels)
    let testPair = (images: testRead.images, labels: testRead.labels)

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
    var noted = files
    let unchecked = trainRead.unchecked + testRead.unchecked
    if !unchecked.isEmpty { noted.notes.append(.unchecked(name: name, files: unchecked)) }
    return LoadedSplits(train: train, test: test, files: noted)
  }
}
