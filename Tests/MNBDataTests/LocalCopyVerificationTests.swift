import Foundation
import Testing

@testable import MNBData

/// Copies of known data sets found in data folders are checked against the registry's sums.
@Suite struct LocalCopyVerificationTests {
  /// A registry entry for 'tiny' whose sums are those of `plain`, never downloaded.
  static func entry(for plain: [[UInt8]]) -> KnownDataset {
    var files: [DownloadFile] = []
    for (name, bytes) in zip(DownloadFixture.names, plain) {
      var digest = SHA256()
      digest.update(bytes)
      files.append(DownloadFile(name: name, sha256: digest.hexDigest(), size: bytes.count))
    }
    return KnownDataset(
      name: "tiny", classNames: ["a", "b", "c"],
      download: DatasetDownload(mirrors: ["http://127.0.0.1:9/"], files: files))
  }

  static let plain = [
    IDXBytes.images(count: 6), IDXBytes.labels(count: 6, classCount: 3),
    IDXBytes.images(count: 4, seed: 7), IDXBytes.labels(count: 4, classCount: 3),
  ]

  func catalog(data: URL, cache: URL, offline: Bool = true) -> DatasetCatalog {
    DatasetCatalog(
      environment: [
        "MNB_DATA": data.path, "XDG_CACHE_HOME": cache.path, "MNB_OFFLINE": offline ? "1" : "",
      ], homeDirectory: "/nonexistent", registry: [Self.entry(for: Self.plain)])
  }

  @Test func aGoodCopyLoads() throws {
    try withTemporaryFolder { folder in
      for (name, bytes) in zip(DownloadFixture.names, Self.plain) {
        try folder.writeGzip(bytes, to: "data/tiny/\(name)")
      }
      let splits = try catalog(data: folder.url.appending(path: "data"), cache: folder.url)
        .load("tiny")
      #expect(splits.train.count == 6 && splits.test.count == 4)
    }
  }

  @Test func aCopyWithOneByteChangedIsRefusedWithTheNames() throws {
    try withTemporaryFolder { folder in
      var damaged = Self.plain
      damaged[2][20] ^= 1
      for (name, bytes) in zip(DownloadFixture.names, damaged) {
        try folder.write(bytes, to: "data/tiny/\(name)")
      }
      let data = folder.url.appending(path: "data")
      let file = data.appending(path: "tiny/t10k-images-idx3-ubyte.gz")
      var digest = SHA256()
      digest.update(damaged[2])
      let found = digest.hexDigest()
      let expected = Self.entry(for: Self.plain).download!.files[2].sha256!

      do {
        _ = try catalog(data: data, cache: folder.url).load("tiny")
        Issue.record("expected an error")
      } catch let error as DatasetError {
        #expect(
          error
            == .checksumMismatch(
              name: "tiny", file: file, expected: expected, found: found, isCached: false))
        #expect(
          error.description
            == "cannot load data set 'tiny': '\(file.path)' is not the known file of 'tiny': "
            + "its SHA-256 after decompression is \(found), expected \(expected); replace it "
            + "with a good copy; to load these files without the check on purpose, write "
            + "load tiny from \"\(file.deletingLastPathComponent().path)\"")
      }

      let named = try catalog(data: data, cache: folder.url)
        .load("tiny", from: data.appending(path: "tiny").path)
      #expect(named.test.count == 4)
    }
  }

  @Test func aDamagedCachedFileOfflineIsNamedAsDamaged() throws {
    try withTemporaryFolder { folder in
      var damaged = Self.plain
      damaged[1][9] = 2
      for (name, bytes) in zip(DownloadFixture.names, damaged) {
        try folder.writeGzip(bytes, to: "cache/mnb/tiny/\(name)")
      }
      let file = folder.url.appending(path: "cache/mnb/tiny/train-labels-idx1-ubyte.gz")
      do {
        _ = try catalog(
          data: folder.url.appending(path: "none"),
          cache: folder.url.appending(
            path: "cache")
        ).load("tiny")
        Issue.record("expected an error")
      } catch let error as DatasetError {
        guard case .checksumMismatch(_, let named, _, _, let isCached, _) = error else {
          Issue.record("expected a checksum mismatch, got \(error)")
          return
        }
        #expect(named == file && isCached)
        #expect(error.description.contains("'\(file.path)' is damaged"))
        #expect(error.description.contains("delete it and load again with downloads on"))
      }
    }
  }

  /// MNIST under `MNB_DATA` and Debian's Fashion-MNIST match the registry.
  @Test func realCopiesPass() throws {
    let environment = ProcessInfo.processInfo.environment
    guard let data = environment["MNB_DATA"], !data.isEmpty else { return }
    let catalog = DatasetCatalog(
      environment: ["MNB_DATA": data, "MNB_OFFLINE": "1"], homeDirectory: "/nonexistent")

    let mnist = try catalog.load("mnist")
    #expect(mnist.files.checksums != nil && !mnist.files.isCached)
    #expect(mnist.train.count == 60_000)

    let debian = "/usr/share/datasets/fashion-mnist"
    guard FileManager.default.fileExists(atPath: debian) else { return }
    let fashion = try catalog.load("fashion-mnist")
    #expect(fashion.files.checksums != nil)
    #expect(fashion.test.count == 10_000)
  }
}
