import Foundation

/// Downloads known data sets into `${XDG_CACHE_HOME:-~/.cache}/mnb/NAME/`, verifying every
/// file, and serves them from there once they are verified.
///
/// A missing file is fetched, trying the mirrors in order. A file already in the cache is
/// checked against its SHA-256 after decompression as it loads (see `DatasetCatalog.load`),
/// which fetches a damaged one again through this source. Each
/// download goes to a hidden temporary file in the cache folder and is renamed into place only
/// once verified. See docs/downloads.md.
public struct DownloadSource: DatasetSource {
  public let registry: [KnownDataset]
  public let settings: DownloadSettings
  /// The folder holding one folder per data set, or nil when there is no cache folder.
  public let cacheDirectory: URL?
  var fetcher = URLFetcher()

  public init(cacheDirectory: URL?, settings: DownloadSettings, registry: [KnownDataset]) {
    self.cacheDirectory = cacheDirectory
    self.settings = settings
    self.registry = registry
  }

  /// A source using the cache folder `DatasetLocator` names and the settings in `environment`.
  public init(
    environment: [String: String], homeDirectory: String,
    registry: [KnownDataset] = KnownDataset.all
  ) {
    let locator = DatasetLocator(environment: environment, homeDirectory: homeDirectory)
    self.init(
      cacheDirectory: locator.cacheDirectory.map {
        URL(fileURLWithPath: $0 + "/mnb", isDirectory: true)
      },
      settings: DownloadSettings(environment: environment), registry: registry)
  }

  /// The data sets whose cache folder this source checks, which other sources should skip.
  public var verifiedNames: Set<String> {
    Set(registry.filter { $0.download?.isVerifiable == true }.map(\.name))
  }

  public func placesSearched(for name: String, explicit: String?) -> [String] {
    guard explicit == nil, let download = download(for: name), let folder = folder(for: name)
    else { return [] }

    var places = download.isVerifiable ? [folder.path] : []
    if settings.isOffline { places.append("downloads, turned off by MNB_OFFLINE") }
    return places
  }

  public func find(_ name: String, explicit: String?) throws(DatasetError) -> DatasetFiles? {
    try find(name, explicit: explicit, monitor: .none)
  }

  /// The files of data set `name` in the cache, downloading those missing; the result carries
  /// the checksums the files must match when loaded.
  ///
  /// Returns nil for a data set that is not in the registry, when a folder was given with
  /// `explicit`, and when downloading is off and the cache lacks a file.
  ///
  /// - Throws: `DatasetError.downloadFailed` when every mirror fails for a file,
  ///   `.downloadUnverifiable` for a data set without checksums, `.invalidMirror` for a bad
  ///   `MNB_MIRROR`, `.cacheUnusable` when the cache folder cannot be written, and
  ///   `.unreadable(.cancelled)` when the monitor asks to stop.
  public func find(
    _ name: String, explicit: String?, monitor: LoadMonitor
  ) throws(DatasetError) -> DatasetFiles? {
    guard explicit == nil, let download = download(for: name), let folder = folder(for: name)
    else { return nil }
    guard download.isVerifiable else {
      if settings.isOffline { return nil }
      throw .downloadUnverifiable(
        name: name, directory: folder, files: download.files.map(\.name),
        mirrors: try settings.mirrors(for: download))
    }

    let missing = absentFiles(of: download, in: folder)
    if !missing.isEmpty {
      if settings.isOffline { return nil }
      try fetch(missing, of: name, download: download, into: folder, monitor: monitor)
    }
    return files(of: download, in: folder)
  }

  private func download(for name: String) -> DatasetDownload? {
    registry.first { $0.name == name }?.download
  }

  private func folder(for name: String) -> URL? {
    cacheDirectory?.appending(component: name, directoryHint: .isDirectory)
  }

  /// The files of `download` that are absent from `folder`. Those present are checked against
  /// their checksums as they are loaded, so each is read once; see `DatasetCatalog.load`.
  private func absentFiles(of download: DatasetDownload, in folder: URL) -> [DownloadFile] {
    download.files.filter { file in
      EntryInspector.system.kind(of: folder.appending(component: file.name).path) != .regularFile
    }
  }

  private func files(of download: DatasetDownload, in folder: URL) -> DatasetFiles {
    let urls = download.files.map { folder.appending(component: $0.name) }
    return DatasetFiles(
      trainImages: urls[0], trainLabels: urls[1], testImages: urls[2], testLabels: urls[3],
      directory: folder, checksums: download.files, isCached: true)
  }
}
