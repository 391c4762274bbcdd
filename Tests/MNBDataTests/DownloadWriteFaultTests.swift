import Foundation
import Testing

@testable import MNBData

/// Downloads into a cache on a full disk or a read-only file system: the error says so, the
/// files already in the cache keep their bytes and no temporary file stays behind.
@Suite(.enabled(if: geteuid() == 0, "needs root to mount a small tmpfs for the cache"))
struct DownloadWriteFaultTests {
  static let kept = "train-images-idx3-ubyte.gz"

  /// Mounts a 256 KiB tmpfs over the fixture's cache, holds one good file in it, applies
  /// `fault` and loads.
  private func loadError(with fault: String) throws -> (DatasetError?, DownloadFixture, [UInt8]) {
    try withTemporaryFolder { folder in
      let fixture = try DownloadFixture(folder: folder)
      defer { fixture.server.stop() }
      try FileManager.default.createDirectory(at: fixture.cache, withIntermediateDirectories: true)
      try #require(
        Self.run("/bin/mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", fixture.cache.path))
      defer { Self.run("/bin/umount", "-l", fixture.cache.path) }

      try FileManager.default.createDirectory(
        at: fixture.datasetFolder, withIntermediateDirectories: true)
      let good = try #require(fixture.gzipped[Self.kept])
      try Data(good).write(to: fixture.datasetFolder.appending(component: Self.kept))
      if fault == "full" {
        Self.fill(fixture.cache.appending(component: "filler"))
      } else {
        try #require(Self.run("/bin/mount", "-o", "remount,ro", fixture.cache.path))
      }

      let error = try DownloadTests.loadError(fixture.catalog(mirrors: ["a"]))
      let names = fixture.cachedNames
      #expect(names == [Self.kept])
      let bytes = try Array(Data(contentsOf: fixture.datasetFolder.appending(component: Self.kept)))
      return (error, fixture, bytes)
    }
  }

  @Test func aFullDiskFailsTheDownloadAndKeepsTheCache() throws {
    let (error, fixture, bytes) = try loadError(with: "full")

    guard case .downloadFailed(_, let file, _, _, let attempts) = error else {
      Issue.record("expected downloadFailed, got \(String(describing: error))")
      return
    }
    #expect(file != Self.kept)
    #expect(attempts.map(\.problem) == [.cannotWrite(reason: "no space left on device")])
    #expect(bytes == fixture.gzipped[Self.kept])
  }

  @Test func aReadOnlyCacheIsReportedAndKept() throws {
    let (error, fixture, bytes) = try loadError(with: "read-only")

    guard case .cacheUnusable(_, _, let reason) = error else {
      Issue.record("expected cacheUnusable, got \(String(describing: error))")
      return
    }
    #expect(reason.contains("read-only"))
    #expect(bytes == fixture.gzipped[Self.kept])
  }

  private static func fill(_ url: URL) {
    let descriptor = open(url.path, O_WRONLY | O_CREAT, 0o644)
    defer { close(descriptor) }
    let block = [UInt8](repeating: 7, count: 4096)
    while write(descriptor, block, block.count) > 0 {}
    while write(descriptor, block, 1) > 0 {}
  }

  @discardableResult
  private static func run(_ executable: String, _ arguments: String...) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }
}
