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
    #expect(verifiable == ["mnist", "fashion-mnist", "kmnist"])
  }

  @Test func kmnistIsKnownByThePublishedSumsOfItsCompressedFiles() {
    let kmnist = KnownDataset.named("kmnist")
    let files = kmnist?.download?.files ?? []
    #expect(files.map(\.sha256) == [nil, nil, nil, nil])
    #expect(
      files.map(\.compressedSHA256) == [
        "51467d22d8cc72929e2a028a0428f2086b092bb31cfb79c69cc0a90ce135fde4",
        "e38f9ebcd0f3ebcdec7fc8eabdcdaef93bb0df8ea12bee65224341c8183d8e17",
        "edd7a857845ad6bb1d0ba43fe7e794d164fe2dce499a1694695a792adfac43c5",
        "20bb9a0ef54c7db3efc55a92eef5582c109615df22683c380526788f98e42a1c",
      ])
    #expect(files.map(\.size) == [47_040_016, 60_008, 7_840_016, 10_008])
    #expect(kmnist?.download?.mirrors == ["https://codh.rois.ac.jp/kmnist/dataset/kmnist/"])
    #expect(kmnist?.classNames == ["o", "ki", "su", "tsu", "na", "ha", "ma", "ya", "re", "wo"])
  }

  @Test func theLocatorLeavesVerifiableCacheFoldersToDownloads() {
    let catalog = DatasetCatalog(
      environment: ["XDG_CACHE_HOME": "/tmp/c", "MNB_OFFLINE": "1"], homeDirectory: "/home/u")
    let mnist = catalog.sources.flatMap { $0.placesSearched(for: "mnist", explicit: nil) }
    #expect(
      mnist == [
        "/usr/share/datasets/mnist", "/tmp/c/mnb/mnist", "downloads, turned off by MNB_OFFLINE",
      ])
    let kmnist = catalog.sources.flatMap { $0.placesSearched(for: "kmnist", explicit: nil) }
    #expect(kmnist.prefix(2) == ["/usr/share/datasets/kmnist", "/tmp/c/mnb/kmnist"])
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
