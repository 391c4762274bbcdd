import Foundation
import Testing

@testable import MNBData

/// How each way a mirror can fail is recognised, and what the user is told when all fail.
@Suite struct DownloadFailureTests {
  static let file = "train-images-idx3-ubyte.gz"

  /// A misbehaviour of the first mirror and the problem it should be reported as; the file is
  /// 16 + 6 x 4 x 3 = 88 bytes after decompression.
  struct Case: Sendable, CustomStringConvertible {
    let description: String
    let rule: [String: Int]
    let htmlType: String?
    let expected: @Sendable (DownloadProblem) -> Bool
  }

  static let cases: [Case] = [
    Case(
      description: "forbidden", rule: ["status": 403], htmlType: nil,
      expected: { $0 == .httpStatus(403) }),
    Case(
      description: "missing", rule: ["status": 404], htmlType: nil,
      expected: { $0 == .httpStatus(404) }),
    Case(
      description: "login page", rule: [:], htmlType: "text/html",
      expected: { $0 == .htmlPage }),
    Case(
      description: "page sent as data", rule: [:], htmlType: "application/octet-stream",
      expected: { $0 == .htmlPage }),
    Case(
      description: "truncated", rule: ["truncate": 10], htmlType: nil,
      expected: {
        guard case .cutShort(_, 10) = $0 else { return false }
        return true
      }),
  ]

  @Test(arguments: cases)
  func aFailingMirrorIsReportedAndTheNextOneUsed(_ failure: Case) throws {
    try withTemporaryFolder { folder in
      var rule: [String: Any] = failure.rule
      if let htmlType = failure.htmlType { rule["html"] = htmlType }
      let fixture = try DownloadFixture(
        folder: folder, mirrors: ["a", "b"], rules: ["/a/\(Self.file)": rule])
      defer { fixture.server.stop() }

      let error = try DownloadTests.loadError(fixture.catalog(mirrors: ["a"]))
      guard case .downloadFailed(_, let file, _, _, let attempts) = error, attempts.count == 1
      else {
        Issue.record("expected one failed attempt, got \(String(describing: error))")
        return
      }
      #expect(file == Self.file)
      #expect(failure.expected(attempts[0].problem), "\(attempts[0].problem)")
      #expect(fixture.cachedNames.isEmpty)

      let splits = try DownloadTests.load(fixture.catalog(mirrors: ["a", "b"]))
      #expect(splits.train.count == 6)
    }
  }

  @Test func aRefusedConnectionMovesOn() throws {
    try withTemporaryFolder { folder in
      let fixture = try DownloadFixture(folder: folder, mirrors: ["b"])
      defer { fixture.server.stop() }
      let closed = "http://127.0.0.1:\(DownloadFixture.closedPort())/a/"
      let catalog = DatasetCatalog(
        environment: fixture.environment(["MNB_MIRROR": closed + "," + fixture.server.mirror("b")]),
        homeDirectory: "/nonexistent", registry: [fixture.entry])

      let splits = try DownloadTests.load(catalog)
      #expect(splits.test.count == 4)
      #expect(fixture.server.requests.count == 4)
    }
  }

  @Test func anOversizedFileIsCutOff() throws {
    try withTemporaryFolder { folder in
      let fixture = try DownloadFixture(folder: folder)
      defer { fixture.server.stop() }
      try fixture.server.put(IDXBytes.noise(count: 300_000, seed: 3), at: "a/\(Self.file)")

      let error = try DownloadTests.loadError(fixture.catalog(mirrors: ["a"]))
      guard case .downloadFailed(_, _, _, _, let attempts) = error else {
        Issue.record("expected downloadFailed, got \(String(describing: error))")
        return
      }
      #expect(attempts.map(\.problem) == [.tooLarge(limit: 88 + 65_536)])
      #expect(fixture.cachedNames.isEmpty)
    }
  }

  @Test func whenEveryMirrorFailsTheErrorListsThemAndSaysWhatToDo() throws {
    try withTemporaryFolder { folder in
      let fixture = try DownloadFixture(
        folder: folder, mirrors: ["a"],
        rules: ["/b/\(Self.file)": ["status": 403], "/c/\(Self.file)": ["html": "text/html"]])
      defer { fixture.server.stop() }
      try fixture.server.put(
        try folder.gzip(IDXBytes.images(count: 6, seed: 5)), at: "a/\(Self.file)")

      let error = try DownloadTests.loadError(fixture.catalog(mirrors: ["a", "b", "c"]))
      let urls = ["a", "b", "c"].map { fixture.server.mirror($0) + Self.file }
      guard case .downloadFailed(let name, let file, let directory, let files, let attempts) = error
      else {
        Issue.record("expected downloadFailed, got \(String(describing: error))")
        return
      }
      #expect(name == "tiny" && file == Self.file && files == DownloadFixture.names)
      #expect(directory.path == fixture.datasetFolder.path)
      #expect(attempts.map(\.url) == urls)
      #expect(attempts.dropFirst().map(\.problem) == [.httpStatus(403), .htmlPage])
      guard case .checksumMismatch = attempts[0].problem else {
        Issue.record("expected a checksum mismatch, got \(attempts[0].problem)")
        return
      }

      let text = "\(error!)"
      #expect(text.hasPrefix("cannot download '\(Self.file)' of data set 'tiny': '\(urls[0])' has"))
      #expect(text.contains("'\(urls[1])' answered with HTTP status 403, "))
      #expect(text.contains("'\(urls[2])' sent a web page instead of the data; "))
      #expect(
        text.hasSuffix(
          "download 'train-images-idx3-ubyte.gz', 'train-labels-idx1-ubyte.gz', "
            + "'t10k-images-idx3-ubyte.gz', 't10k-labels-idx1-ubyte.gz' by hand into "
            + "'\(fixture.datasetFolder.path)', or into a folder 'tiny/' under MNB_DATA"))
    }
  }

  @Test func aDataSetWithoutChecksumsIsNeverDownloaded() throws {
    try withTemporaryFolder { folder in
      let fixture = try DownloadFixture(folder: folder)
      defer { fixture.server.stop() }
      let unverifiable = KnownDataset(
        name: "tiny", classNames: [],
        download: .mnistShaped(mirrors: [fixture.server.mirror("a")], sums: nil))
      let catalog = DatasetCatalog(
        environment: fixture.environment(), homeDirectory: "/nonexistent",
        registry: [unverifiable])

      let error = try DownloadTests.loadError(catalog)
      guard case .downloadUnverifiable(let name, _, _, let mirrors) = error else {
        Issue.record("expected downloadUnverifiable, got \(String(describing: error))")
        return
      }
      #expect(name == "tiny" && mirrors == [fixture.server.mirror("a")])
      #expect(fixture.server.requests.isEmpty)
    }
  }

  @Test(arguments: ["ftp://127.0.0.1/", "127.0.0.1:8000", "http://"])
  func aBadMirrorSettingIsRejected(_ mirror: String) throws {
    let settings = DownloadSettings(environment: ["MNB_MIRROR": mirror])
    #expect(throws: DatasetError.invalidMirror(mirror)) {
      try settings.mirrors(for: .mnist)
    }
  }
}
