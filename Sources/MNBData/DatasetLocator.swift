import Foundation

/// Finds a data set's four IDX files in folders on disk.
///
/// Tries, in order: a folder the user named (holding the files itself, or a `NAME/` folder),
/// then `NAME/` under `$MNB_DATA`, under `${XDG_CACHE_HOME:-$HOME/.cache}/mnb` and under
/// `/usr/share/datasets`, where Debian's dataset packages install. A folder the user named is
/// the only place searched: when it does not hold the data set, that is an error.
///
/// What stands at each file name is checked without opening it: only a regular file, or a link
/// to one, is taken, so a named pipe in a data folder is reported rather than blocking the load.
public struct DatasetLocator: DatasetSource {
  public let environment: [String: String]
  public let homeDirectory: String
  /// Where a relative explicit folder is resolved from.
  public let workingDirectory: String
  public let systemDirectory: String
  /// Data sets whose folder under the cache is not searched here, because a `DownloadSource`
  /// checks the files there against their checksums.
  public var namesLeftToDownloads: Set<String> = []
  /// The files of the data sets whose copies must match known checksums, by name; copies in
  /// a folder named with `from` are never checked.
  public var checksums: [String: [DownloadFile]] = [:]
  /// How entries on disk are examined; tests replace it to simulate failures.
  var inspector = EntryInspector.system

  public init(
    environment: [String: String], homeDirectory: String,
    workingDirectory: String = FileManager.default.currentDirectoryPath,
    systemDirectory: String = "/usr/share/datasets"
  ) {
    self.environment = environment
    self.homeDirectory = homeDirectory
    self.workingDirectory = workingDirectory
    self.systemDirectory = systemDirectory
  }

  /// The folders searched, in order; empty settings are skipped.
  public func searchDirectories(explicit: String?) -> [URL] {
    var paths: [String] = []
    if let explicit { paths.append(resolve(explicit)) }
    if let data = environment["MNB_DATA"], !data.isEmpty { paths.append(resolve(data)) }
    if let cache = cacheDirectory { paths.append(cache + "/mnb") }
    paths.append(systemDirectory)
    return unique(paths).map { URL(fileURLWithPath: $0, isDirectory: true) }
  }

  /// The folders that may hold the files of `name`, in the order they are tried: only the
  /// folder given with `explicit` and its `NAME/` folder, when one is given.
  public func candidateDirectories(for name: String, explicit: String?) -> [URL] {
    if let explicit {
      let folder = URL(fileURLWithPath: resolve(explicit), isDirectory: true)
      return unique([folder.path, folder.appending(component: name).path])
        .map { URL(fileURLWithPath: $0, isDirectory: true) }
    }
    let skipped = namesLeftToDownloads.contains(name) ? cacheDirectory.map { $0 + "/mnb" } : nil
    let candidates = searchDirectories(explicit: nil)
      .filter { $0.path != skipped.map { URL(fileURLWithPath: $0).path } }
      .map { $0.appending(component: name) }
    return unique(candidates.map(\.path)).map { URL(fileURLWithPath: $0, isDirectory: true) }
  }

  /// The files of data set `name`.
  ///
  /// - Throws: `DatasetError.notFound` listing every folder tried, `.incomplete` when a folder
  ///   holds only some of the files, `.unusableFile` for a directory, pipe or broken link where
  ///   a file should be, `.unusableFolder` for a folder that cannot be searched, `.invalidName`
  ///   for a name that is not a plain file name.
  public func locate(_ name: String, explicit: String?) throws(DatasetError) -> DatasetFiles {
    guard let files = try find(name, explicit: explicit) else {
      let suggestion = KnownDataset.suggestion(
        for: name, among: availableNames(explicit: explicit))
      throw .notFound(
        name: name, searched: placesSearched(for: name, explicit: explicit),
        suggestion: suggestion)
    }
    return files
  }

  public func placesSearched(for name: String, explicit: String?) -> [String] {
    candidateDirectories(for: name, explicit: explicit).map(\.path)
  }

  static func checkName(_ name: String) throws(DatasetError) {
    guard !name.isEmpty, !name.contains("/"), name != ".", name != ".." else {
      throw .invalidName(name)
    }
  }

  /// `$XDG_CACHE_HOME` when it is an absolute path, else `~/.cache`; nil without either.
  var cacheDirectory: String? {
    if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") { return cache }
    return homeDirectory.isEmpty ? nil : homeDirectory + "/.cache"
  }

  /// An absolute path for `path`, expanding a leading `~` to the home directory.
  func resolve(_ path: String) -> String {
    var expanded = path
    if path == "~" || path.hasPrefix("~/") {
      expanded = homeDirectory + path.dropFirst()
    }
    let base = URL(fileURLWithPath: workingDirectory, isDirectory: true)
    return URL(fileURLWithPath: expanded, relativeTo: base).standardizedFileURL.path
  }

  private func unique(_ paths: [String]) -> [String] {
    var seen: Set<String> = []
    return paths.filter { seen.insert($0).inserted }
  }
}
