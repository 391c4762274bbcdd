import Foundation
import Testing

@testable import MNBData

/// The built-in registry and how the default catalog uses it; nothing here touches a network.
@Suite struct DownloadRegistryTests {
  @Test func builtInMirrorsUseHTTPS() {
    for dataset in KnownDataset.all {
      let mirrors = dataset.download?.mirrors ?? []
      #expect(!mirrors.isEmpty, "\(dataset.name)")
      #expect(mirrors.allSatisfy { $0.hasPrefix("https://") }, "\(dataset.name)")
    }
  }

  @Test func mnistSumsAreThoseOfTheDistribution() {
    let files = KnownDataset.named("mnist")?.download?.files ?? []
    #expect(files.map(\.size) == [47_040_016, 60_008, 7_840_016, 10_008])
    #expect(
      files.first?.sha256 == "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db")
  }

  @Test func onlyDataSetsWithSumsAreVerifiable() {
    let verifiable = KnownDataset.all.filter { $0.download?.isVerifiable == true }.map(\.name)
    #expect(verifiable == ["mnist", "fashion-mnist"])
  }

  @Test func theLocatorLeavesVerifiableCacheFoldersToDownloads() {
    let catalog = DatasetCatalog(
      environment: ["XDG_CACHE_HOME": "/tmp/c", "MNB_OFFLINE": "1"], homeDirectory: "/home/u")
    let mnist = catalog.sources.flatMap { $0.placesSearched(for: "mnist", explicit: nil) }
    #expect(
      mnist == [
        "/usr/share/datasets/mnist", "/tmp/c/mnb/mnist", "downloads, turned off by MNB_OFFLINE",
      ])
    let other = catalog.sources.flatMap { $0.placesSearched(for: "other", explicit: nil) }
    #expect(other == ["/tmp/c/mnb/other", "/usr/share/datasets/other"])
  }

  @Test func realFashionMNISTFilesVerifyWhenInstalled() throws {
    let folder = URL(fileURLWithPath: "/usr/share/datasets/fashion-mnist")
    guard FileManager.default.fileExists(atPath: folder.path) else { return }
    for file in KnownDataset.named("fashion-mnist")?.download?.files ?? [] {
      let url = folder.appending(path: file.name)
      #expect(try DownloadVerifier.problem(with: url, expected: file, monitor: .none) == nil)
    }
  }
}
