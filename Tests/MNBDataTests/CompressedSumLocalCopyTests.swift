import Foundation
import Testing

@testable import MNBData

/// Copies in data folders of a data set known only by the SHA-256 of its gzipped files.
@Suite struct CompressedSumLocalCopyTests {
  static let plain = LocalCopyVerificationTests.plain

  /// A registry entry for 'tiny' knowing the sums of `compressed`, never downloaded.
  static func entry(for compressed: [[UInt8]]) -> KnownDataset {
    let files = zip(DownloadFixture.names, zip(compressed, plain)).map { name, pair in
      DownloadFile(
        name: name, sha256: nil, compressedSHA256: DownloadFixture.sha256(pair.0),
        size: pair.1.count)
    }
    return KnownDataset(
      name: "tiny", classNames: ["a", "b", "c"],
      download: DatasetDownload(mirrors: ["http://127.0.0.1:9/"], files: files))
  }

  /// A catalog knowing `entry`, with `folder/data` as MNB_DATA and downloads off.
  static func catalog(_ folder: TemporaryFolder, registry: [KnownDataset]) -> DatasetCatalog {
    DatasetCatalog(
      environment: [
        "MNB_DATA": folder.url.appending(path: "data").path, "XDG_CACHE_HOME": folder.url.path,
        "MNB_OFFLINE": "1",
      ], homeDirectory: "/nonexistent", registry: registry)
  }

  @Test func theGzippedCopyIsChecked() throws {
    try withTemporaryFolder { folder in
      let compressed = try Self.plain.map(folder.gzip)
      for (name, bytes) in zip(DownloadFixture.names, compressed) {
        try folder.write(bytes, to: "data/tiny/\(name)")
      }
      let catalog = Self.catalog(folder, registry: [Self.entry(for: compressed)])
      let splits = try catalog.load("tiny")
      #expect(splits.train.count == 6 && splits.notes.isEmpty)

      let other = try folder.gzip(IDXBytes.images(count: 4, seed: 8))
      let file = try folder.write(other, to: "data/tiny/t10k-images-idx3-ubyte.gz")
      let expected = DownloadFixture.sha256(compressed[2])
      #expect(
        throws: DatasetError.checksumMismatch(
          name: "tiny", file: file, expected: expected, found: DownloadFixture.sha256(other),
          isCached: false, ofCompressedFile: true)
      ) { try catalog.load("tiny") }
    }
  }

  @Test func aDecompressedCopyLoadsWithOneNoteNamingTheUncheckedFiles() throws {
    try withTemporaryFolder { folder in
      let compressed = try Self.plain.map(folder.gzip)
      for (index, bytes) in Self.plain.enumerated() {
        let name = DownloadFixture.names[index]
        if index % 2 == 0 {
          try folder.write(compressed[index], to: "data/tiny/\(name)")
        } else {
          try folder.write(bytes, to: "data/tiny/\(name.dropLast(3))")
        }
      }
      let splits = try Self.catalog(folder, registry: [Self.entry(for: compressed)]).load("tiny")
      #expect(splits.train.count == 6 && splits.test.count == 4)

      let directory = folder.url.appending(path: "data/tiny")
      let unchecked = ["train-labels-idx1-ubyte", "t10k-labels-idx1-ubyte"].map {
        directory.appending(path: $0)
      }
      #expect(splits.notes == [.unchecked(name: "tiny", files: unchecked)])
      #expect(
        splits.notes.first?.description
          == "could not check 'train-labels-idx1-ubyte', 't10k-labels-idx1-ubyte' in "
          + "'\(directory.path)' against the known SHA-256 of 'tiny': only the sums of the "
          + "gzip-compressed files are known, and these are decompressed; loaded them unchecked")
    }
  }

  /// The built-in entry: a decompressed Kuzushiji-MNIST copy under MNB_DATA loads, with its
  /// class names and the note; nothing is fetched.
  @Test func aDecompressedKMNISTCopyLoadsWithItsClassNamesAndTheNote() throws {
    try withTemporaryFolder { folder in
      let plain = [
        IDXBytes.images(count: 6), IDXBytes.labels(count: 6, classCount: 10),
        IDXBytes.images(count: 4, seed: 7), IDXBytes.labels(count: 4, classCount: 10),
      ]
      for (name, bytes) in zip(DownloadFixture.names, plain) {
        try folder.write(bytes, to: "data/kmnist/\(name.dropLast(3))")
      }
      let splits = try Self.catalog(folder, registry: KnownDataset.all).load("kmnist")
      #expect(
        splits.train.classNames == ["o", "ki", "su", "tsu", "na", "ha", "ma", "ya", "re", "wo"])
      guard case .unchecked(let name, let files)? = splits.notes.first else {
        Issue.record("expected a note, got \(splits.notes)")
        return
      }
      #expect(name == "kmnist" && files.count == 4 && splits.notes.count == 1)
    }
  }
}
