import Foundation

/// Finds a data set's four IDX files in folders on disk.
///
/// Tries, in order: a folder the user named (holding the files itself, or a `NAME/` folder),
/// then `NAME/` under `$MNB_DATA`, under `${XDG_CACHE_HOME:-$HOME/.cache}/mnb` and under
/// `/usr/share/datasets`, where Debian's dataset packages install.
public struct DatasetLocator: DatasetSource {
  public let environment: [String: String]
  public let homeDirectory: String
  /// Where a relative explicit folder is resolved from.
  public let workingDirectory: String
  public let systemDirectory: String

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

  /// The folders that may hold the files of `name`, in the order they are tried.
  public func candidateDirectories(for name: String, explicit: String?) -> [URL] {
    var candidates = searchDirectories(explicit: nil).map { $0.appending(component: name) }
    if let explicit {
      let folder = URL(fileURLWithPath: resolve(explicit), isDirectory: true)
      candidates.insert(contentsOf: [folder, folder.appending(component: name)], at: 0)
    }
    return unique(candidates.map(\.path)).map { URL(fileURLWithPath: $0, isDirectory: true) }
  }

  /// The files of data set `name`.
  ///
  /// - Throws: `DatasetError.notFound` listing every folder tried, `.incomplete` when a folder
  ///   holds only some of the files, `.invalidName` for a name that is not a plain file name.
  public func locate(_ name: String, explicit: String?) throws(DatasetError) -> DatasetFiles {
    guard let files = try find(name, explicit: explicit) else {
      throw .notFound(name: name, searched: placesSearched(for: name, explicit: explicit))
    }
    return files
  }

  public func placesSearched(for name: String, explicit: String?) -> [String] {
    candidateDirectories(for: name, explicit: explicit).map(\.path)
  }

  public func find(_ name: String, explicit: String?) throws(DatasetError) -> DatasetFiles? {
    try Self.checkName(name)

    var firstIncomplete: (directory: URL, missing: [String])?
    for directory in candidateDirectories(for: name, explicit: explicit) {
      let found = DatasetFileRole.allCases.map { existingFile(for: $0, in: directory) }
      if let files = files(from: found, in: directory) { return files }

      let missing = zip(DatasetFileRole.allCases, found).filter { $1 == nil }.map { $0.0.stem }
      if missing.count < DatasetFileRole.allCases.count, firstIncomplete == nil {
        firstIncomplete = (directory, missing)
      }
    }

    guard let firstIncomplete else { return nil }
    throw .incomplete(
      name: name, directory: firstIncomplete.directory, missing: firstIncomplete.missing)
  }

  static func checkName(_ name: String) throws(DatasetError) {
    guard !name.isEmpty, !name.contains("/"), name != ".", name != ".." else {
      throw .invalidName(name)
    }
  }

  private var cacheDirectory: String? {
    if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") { return cache }
    return homeDirectory.isEmpty ? nil : homeDirectory + "/.cache"
  }

  /// An absolute path for `path`, expanding a leading `~` to the home directory.
  private func resolve(_ path: String) -> String {
    var expanded = path
    if path == "~" || path.hasPrefix("~/") {
      expanded = homeDirectory + path.dropFirst()
    }
    let base = URL(fileURLWithPath: workingDirectory, isDirectory: true)
    return URL(fileURLWithPath: expanded, relativeTo: base).standardizedFileURL.path
  }

  private func existingFile(for role: DatasetFileRole, in directory: URL) -> URL? {
    for name in role.candidateNames {
      let file = directory.appending(component: name)
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        return file
      }
    }
    return nil
  }

  private func files(from found: [URL?], in directory: URL) -> DatasetFiles? {
    let present = found.compactMap { $0 }
    guard present.count == 4 else { return nil }
    return DatasetFiles(
      trainImages: present[0], trainLabels: present[1], testImages: present[2],
      testLabels: present[3], directory: directory)
  }

  private func unique(_ paths: [String]) -> [String] {
    var seen: Set<String> = []
    return paths.filter { seen.insert($0).inserted }
  }
}
