import Foundation
import Testing

@testable import MNBData

/// Data sets known only by the SHA-256 of their gzipped files, as Kuzushiji-MNIST is: served
/// by a local HTTP server, cached, and found in data folders.
@Suite struct CompressedSumDownloadTests {
  static let trainImages = "train-images-idx3-ubyte.gz"

  @Test func aServedGzipMatchingItsSumsIsKeptAsReceived() throws {
    try withTemporaryFolder { folder in
      let fixture = try DownloadFixture(folder: folder, sums: .compressed)
      defer { fixture.server.stop() }
      let catalog = fixture.catalog(mirrors: ["a"])

      let splits = try DownloadTests.load(catalog)
      #expect(splits.train.count == 6 && splits.test.count == 4)
      #expect(splits.notes.isEmpty)
      #expect(fixture.cachedNames == DownloadFixture.names.sorted())
      for name in DownloadFixture.names {
        let stored = try Data(contentsOf: fixture.datasetFolder.appending(path: name))
        #expect(Array(stored) == fixture.gzipped[name], "\(name)")
      }

      _ = try DownloadTests.load(catalog)
      #expect(fixture.server.requests.count == 4)
    }
  }

  @Test func aMismatchingGzipIsRejectedAndTheNextMirrorUsed() throws {
    try withTemporaryFolder { folder in
      let fixture = try DownloadFixture(folder: folder, mirrors: ["a", "b"], sums: .compressed)
      defer { fixture.server.stop() }
      let other = try folder.gzip(IDXBytes.images(count: 6, seed: 99))
      try fixture.server.put(other, at: "a/\(Self.trainImages)")
      let expected = fixture.entry.download?.files[0].compressedSHA256 ?? ""

      let error = try DownloadTests.loadError(fixture.catalog(mirrors: ["a"]))
      guard case .downloadFailed(_, _, _, _, let attempts) = error else {
        Issue.record("expected downloadFailed, got \(String(describing: error))")
        return
      }
      let problem = DownloadProblem.compressedChecksumMismatch(
        expected: expected, found: DownloadFixture.sha256(other))
      #expect(
        attempts == [
          DownloadAttempt(url: fixture.server.mirror("a") + Self.trainImages, problem: problem)
        ])
      #expect(fixture.cachedNames.isEmpty)

      let splits = try DownloadTests.load(fixture.catalog(mirrors: ["a", "b"]))
      #expect(splits.train.count == 6)
      #expect(
        Array(fixture.server.requests.prefix(4))
          == [
            "/a/\(Self.trainImages)", "/a/\(Self.trainImages)", "/b/\(Self.trainImages)",
            "/a/train-labels-idx1-ubyte.gz",
          ])
      let stored = try Data(contentsOf: splits.files.trainImages)
      #expect(Array(stored) == fixture.gzipped[Self.trainImages])
    }
  }

  /// A damaged copy that is still a valid gzip of a valid IDX file is caught by its sum alone.
  @Test func aDamagedCachedGzipIsDownloadedAgain() throws {
    try withTemporaryFolder { folder in
      let fixture = try DownloadFixture(folder: folder, sums: .compressed)
      defer { fixture.server.stop() }
      let catalog = fixture.catalog(mirrors: ["a"])
      _ = try DownloadTests.load(catalog)

      let labels = fixture.datasetFolder.appending(path: "t10k-labels-idx1-ubyte.gz")
      try Data(try folder.gzip(IDXBytes.labels(count: 4, classCount: 2))).write(to: labels)
      let splits = try DownloadTests.load(catalog)
      #expect(splits.test.labels == [0, 1, 2, 0])
      #expect(fixture.server.requests.count == 5)
      #expect(fixture.server.requests.last == "/a/t10k-labels-idx1-ubyte.gz")
      #expect(Array(try Data(contentsOf: labels)) == fixture.gzipped["t10k-labels-idx1-ubyte.gz"])
    }
  }

  @Test func aDamagedCachedGzipOfflineIsNamedWithItsForm() throws {
    try withTemporaryFolder { folder in
      let fixture = try DownloadFixture(folder: folder, sums: .compressed)
      defer { fixture.server.stop() }
      _ = try DownloadTests.load(fixture.catalog(mirrors: ["a"]))
      let labels = fixture.datasetFolder.appending(path: "t10k-labels-idx1-ubyte.gz")
      let damaged = try folder.gzip(IDXBytes.labels(count: 4, classCount: 2))
      try Data(damaged).write(to: labels)

      let error = try DownloadTests.loadError(
        fixture.catalog(mirrors: ["a"], extra: ["MNB_OFFLINE": "1"]))
      let expected = fixture.entry.download?.files[3].compressedSHA256 ?? ""
      #expect(
        error
          == .checksumMismatch(
            name: "tiny", file: labels, expected: expected, found: DownloadFixture.sha256(damaged),
            isCached: true, ofCompressedFile: true))
      #expect(
        error?.description.contains(
          "is damaged: its SHA-256 as a gzip file is \(DownloadFixture.sha256(damaged)), "
            + "expected \(expected); delete it") == true)
      #expect(fixture.server.requests.count == 4)
    }
  }

  @Test func aCorruptCachedGzipOfflineIsNamedByItsPathInTheCache() throws {
    try withTemporaryFolder { folder in
      let fixture = try DownloadFixture(folder: folder)
      defer { fixture.server.stop() }
      _ = try DownloadTests.load(fixture.catalog(mirrors: ["a"]))
      let labels = fixture.datasetFolder.appending(path: "t10k-labels-idx1-ubyte.gz")
      var bytes = [UInt8](try Data(contentsOf: labels))
      bytes[bytes.count - 8] ^= 0x01  // the first byte of the CRC-32 in the gzip trailer
      try Data(bytes).write(to: labels)

      let error = try DownloadTests.loadError(
        fixture.catalog(mirrors: ["a"], extra: ["MNB_OFFLINE": "1"]))

      #expect(
        error?.description
          == "cannot load data set 'tiny': '\(labels.path)' in the download cache is damaged: "
          + "the gzip data are corrupt (incorrect data check); delete it and load again with "
          + "downloads on (MNB_OFFLINE unset) to fetch a good copy")
      #expect(fixture.server.requests.count == 4)
    }
  }
}
