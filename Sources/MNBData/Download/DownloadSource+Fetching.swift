import Foundation

extension DownloadSource {
  /// Downloads each of `files` into `folder`, trying the mirrors in order for each.
  func fetch(
    _ files: [DownloadFile], of name: String, download: DatasetDownload, into folder: URL,
    monitor: LoadMonitor
  ) throws(DatasetError) {
    let mirrors = try settings.mirrors(for: download)
    try checkMemory(for: files)
    try createFolder(folder, of: name)

    for file in files {
      var attempts: [DownloadAttempt] = []
      for mirror in mirrors {
        let url = DownloadSettings.url(of: file.name, under: mirror)
        guard
          let problem = try attempt(url, for: file, into: folder, of: name, monitor: monitor)
        else { break }
        attempts.append(DownloadAttempt(url: url, problem: problem))
      }
      guard attempts.count == mirrors.count else { continue }
      throw .downloadFailed(
        name: name, file: file.name, directory: folder, files: download.files.map(\.name),
        attempts: attempts)
    }
  }

  /// A data set that could not be loaded once downloaded is not worth the download.
  private func checkMemory(for files: [DownloadFile]) throws(DatasetError) {
    for file in files {
      do {
        try MemoryBudget.current.check(
          file.size, claim: "the file decompresses into memory", file: file.name)
      } catch {
        throw .overMemoryLimit(error)
      }
    }
  }

  /// Fetches `url` into a temporary file, verifies it and renames it to the file's name.
  ///
  /// - Returns: what went wrong, or nil when the file is in place. The temporary file is gone
  ///   either way.
  private func attempt(
    _ url: String, for file: DownloadFile, into folder: URL, of name: String,
    monitor: LoadMonitor
  ) throws(DatasetError) -> DownloadProblem? {
    let named = folder.appending(component: file.name)
    // A link in the cache is kept and the file it points to replaced; a loop of links is
    // replaced by the file itself, as before.
    let destination = (try? AtomicFile.finalTarget(of: named)) ?? named
    let (descriptor, temporary) = try createTemporary(for: destination, of: name)
    defer { unlink(temporary.path) }

    if let problem = try transfer(
      url, into: descriptor, for: file, destination: destination, monitor: monitor)
    {
      return problem
    }
    if Self.looksLikeHTML(temporary) { return .htmlPage }
    if let problem = try verify(temporary, as: file, monitor: monitor) { return problem }

    guard rename(temporary.path, destination.path) == 0 else { return Self.systemProblem(errno) }
    return nil
  }

  /// Streams `url` into the file open at `descriptor`, flushes it to the disk and closes it.
  private func transfer(
    _ url: String, into descriptor: Int32, for file: DownloadFile, destination: URL,
    monitor: LoadMonitor
  ) throws(DatasetError) -> DownloadProblem? {
    defer { close(descriptor) }
    do {
      let problem = try fetcher.fetch(
        url, into: descriptor, limit: file.downloadLimit, expectedSize: file.size,
        file: destination, monitor: monitor)
      return problem ?? (fsync(descriptor) == 0 ? nil : Self.systemProblem(errno))
    } catch {
      throw .unreadable(error)
    }
  }

  private func verify(
    _ temporary: URL, as file: DownloadFile, monitor: LoadMonitor
  ) throws(DatasetError) -> DownloadProblem? {
    do {
      return try DownloadVerifier.problem(with: temporary, expected: file, monitor: monitor)
    } catch .cancelled(let url) {
      throw .unreadable(.cancelled(url))
    } catch {
      return .unreadable(reason: error.description)
    }
  }

  private func createFolder(_ folder: URL, of name: String) throws(DatasetError) {
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw .cacheUnusable(name: name, directory: folder, reason: "\(error.localizedDescription)")
    }
  }

  /// A new hidden file beside `destination`, named `.NAME.PID-RANDOM.download`, open for
  /// writing.
  private func createTemporary(
    for destination: URL, of name: String
  ) throws(DatasetError) -> (Int32, URL) {
    let folder = destination.deletingLastPathComponent()
    for _ in 0..<8 {
      let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 16)
      let url = folder.appending(
        component: ".\(destination.lastPathComponent).\(getpid())-\(suffix).download")
      let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
      if descriptor >= 0 { return (descriptor, url) }
      if errno != EEXIST { break }
    }
    throw .cacheUnusable(
      name: name, directory: folder, reason: String(cString: strerror(errno)).lowercased())
  }

  /// Whether the file starts, after blanks, like a web page rather than gzip or IDX data.
  static func looksLikeHTML(_ url: URL) -> Bool {
    guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
    defer { try? handle.close() }
    let prefix = (try? handle.read(upToCount: 512)) ?? Data()
    let text = String(decoding: prefix, as: UTF8.self)
      .trimmingCharacters(in: .whitespacesAndNewlines.union(["\u{FEFF}"]))
      .lowercased()
    return ["<!doctype", "<html", "<head", "<?xml"].contains { text.hasPrefix($0) }
  }

  private static func systemProblem(_ code: Int32) -> DownloadProblem {
    .cannotWrite(reason: String(cString: strerror(code)).lowercased())
  }
}
