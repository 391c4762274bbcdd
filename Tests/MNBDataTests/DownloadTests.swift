import Foundation
import Testing

@testable import MNBData

/// Downloads from a real HTTP server on 127.0.0.1 into a temporary cache.
@Suite struct DownloadTests {
  /// Loads 'tiny' from `catalog`, failing the test rather than hanging it.
  static func load(_ catalog: DatasetCatalog) throws -> LoadedSplits {
    try Timeout.run(seconds: 60) { try catalog.load("tiny") }
  }

  /// The error loading 'tiny' from `catalog` throws, or nil when it loads.
  static func loadError(_ catalog: DatasetCatalog) throws -> DatasetError? {
    do {
      _ = try load(catalog)
      return nil
    } catch let error as DatasetError {
      return error
    }
  }

  @Test func downloadsIntoAnEmptyCacheThenFetchesNothing() throws {
    try withTemporaryFolder { folder in
      let fixture = try DownloadFixture(folder: folder)
      defer { fixture.server.stop() }
      let catalog = fixture.catalog(mirrors: ["a"])

      let splits = try Self.load(catalog)
      #expect(splits.train.count == 6)
      #expect(splits.test.count == 4)
      #expect(splits.train.classNames == ["0", "1", "2"])
      #expect(splits.files.directory.path == fixture.datasetFolder.path)
      #expect(fixture.cachedNames == DownloadFixture.names.sorted())
      #expect(fixture.server.requests == DownloadFixture.names.map { "/a/\($0)" })

      _ = try Self.load(catalog)
      #expect(fixture.server.requests.count == 4)
    }
  }

  @Test func aDanglingLinkInTheCacheGetsTheFileItPointsTo() throws {
    try withTemporaryFolder { folder in
      let fixture = try DownloadFixture(folder: folder)
      defer { fixture.server.stop() }
      let store = folder.url.appending(path: "store", directoryHint: .isDirectory)
      try FileManager.default.createDirectory(at: store, withIntermediateDirectories: false)
      try FileManager.default.createDirectory(
        at: fixture.datasetFolder, withIntermediateDirectories: true)
      for name in DownloadFixture.names {
        try FileManager.default.createSymbolicLink(
          atPath: fixture.datasetFolder.appending(component: name).path,
          withDestinationPath: "../../../store/" + name)
      }

      let splits = try Self.load(fixture.catalog(mirrors: ["a"]))

      #expect(splits.train.count == 6)
      #expect(fixture.cachedNames == DownloadFixture.names.sorted())
      for name in DownloadFixture.names {
        let link = fixture.datasetFolder.appending(component: name).path
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) != "")
        let stored = try Data(contentsOf: store.appending(component: name))
        #expect(Array(stored) == fixture.gzipped[name])
      }
    }
  }

  @Test func movesToTheNextMirrorAfterAChecksumMismatch() throws {
    try withTemporaryFolder { folder in
      let fixture = try DownloadFixture(folder: folder, mirrors: ["a", "b"])
      defer { fixture.server.stop() }
      let damaged = try folder.gzip(IDXBytes.images(count: 6, seed: 99))
      try fixture.server.put(damaged, at: "a/train-images-idx3-ubyte.gz")

      let splits = try Self.load(fixture.catalog(mirrors: ["a", "b"]))
      #expect(splits.train.count == 6)
      #expect(
        Array(fixture.server.requests.prefix(3))
          == [
            "/a/train-images-idx3-ubyte.gz", "/b/train-images-idx3-ubyte.gz",
            "/a/train-labels-idx1-ubyte.gz",
          ])
      let stored = try Data(contentsOf: splits.files.trainImages)
      #expect(Array(stored) == fixture.gzipped["train-images-idx3-ubyte.gz"])
    }
  }

  @Test func refetchesOnlyACorruptCachedFile() throws {
    try withTemporaryFolder { folder in
      let fixture = try DownloadFixture(folder: folder)
      defer { fixture.server.stop() }
      let catalog = fixture.catalog(mirrors: ["a"])
      _ = try Self.load(catalog)

      let labels = fixture.datasetFolder.appending(path: "t10k-labels-idx1-ubyte.gz")
      try Data([0x1f, 0x8b, 0, 1, 2, 3]).write(to: labels)
      _ = try Self.load(catalog)
      #expect(fixture.server.requests.count == 5)
      #expect(fixture.server.requests.last == "/a/t10k-labels-idx1-ubyte.gz")
      #expect(Array(try Data(contentsOf: labels)) == fixture.gzipped["t10k-labels-idx1-ubyte.gz"])
    }
  }

  @Test func offlineRefusesToDownload() throws {
    try withTemporaryFolder { folder in
      let fixture = try DownloadFixture(folder: folder)
      defer { fixture.server.stop() }

      let error = try Self.loadError(
        fixture.catalog(mirrors: ["a"], extra: ["MNB_OFFLINE": "1"]))
      guard case .notFound(let name, let searched, _) = error else {
        Issue.record("expected notFound, got \(String(describing: error))")
        return
      }
      #expect(name == "tiny")
      #expect(searched.contains(fixture.datasetFolder.path))
      #expect(searched.last == "downloads, turned off by MNB_OFFLINE")
      #expect(fixture.server.requests.isEmpty)
    }
  }

  @Test func offlineStillUsesAVerifiedCache() throws {
    try withTemporaryFolder { folder in
      let fixture = try DownloadFixture(folder: folder)
      defer { fixture.server.stop() }
      _ = try Self.load(fixture.catalog(mirrors: ["a"]))

      let splits = try Self.load(fixture.catalog(mirrors: ["a"], extra: ["MNB_OFFLINE": "1"]))
      #expect(splits.test.count == 4)
      #expect(fixture.server.requests.count == 4)
    }
  }

  @Test func cancellingRemovesTheTemporaryFile() throws {
    try withTemporaryFolder { folder in
      let fixture = try DownloadFixture(
        folder: folder, rules: ["/a/train-images-idx3-ubyte.gz": ["pause": 20]])
      defer { fixture.server.stop() }
      let catalog = fixture.catalog(mirrors: ["a"])
      let started = Date()

      let outcome = try Timeout.run(seconds: 15) { () -> DatasetError? in
        let sawBytes = Flag()
        let monitor = LoadMonitor(
          isCancelled: { sawBytes.isSet },
          progress: { read, _ in if read > 0 { sawBytes.set() } })
        do {
          _ = try catalog.load("tiny", monitor: monitor)
          return nil
        } catch {
          return error as? DatasetError
        }
      }
      let file = fixture.datasetFolder.appending(path: "train-images-idx3-ubyte.gz")
      #expect(outcome == .unreadable(.cancelled(file)))
      #expect(fixture.cachedNames.isEmpty)
      #expect(Date().timeIntervalSince(started) < 10)
    }
  }
}

/// A flag set once, read from the same thread.
final class Flag {
  private(set) var isSet = false
  func set() { isSet = true }
}
