import Foundation
import Testing

@testable import MNBData

@Suite struct DatasetLocatorTests {
  /// A locator whose every directory lies inside `folder`.
  private func locator(
    in folder: TemporaryFolder, environment: [String: String] = [:]
  ) -> DatasetLocator {
    DatasetLocator(
      environment: environment, homeDirectory: folder.url.appending(path: "home").path,
      workingDirectory: folder.url.appending(path: "work").path,
      systemDirectory: folder.url.appending(path: "system").path)
  }

  @Test func searchesExplicitThenEnvironmentThenCacheThenSystem() throws {
    try withTemporaryFolder { folder in
      let root = folder.url.path
      let locator = locator(in: folder, environment: ["MNB_DATA": "\(root)/data"])

      let directories = locator.searchDirectories(explicit: "given").map(\.path)

      #expect(
        directories == [
          "\(root)/work/given", "\(root)/data", "\(root)/home/.cache/mnb", "\(root)/system",
        ])
    }
  }

  @Test func usesXDGCacheHomeWhenSetAndSkipsEmptySettings() throws {
    try withTemporaryFolder { folder in
      let root = folder.url.path
      let environment = ["MNB_DATA": "", "XDG_CACHE_HOME": "\(root)/xdg"]

      let directories = locator(in: folder, environment: environment)
        .searchDirectories(explicit: nil).map(\.path)

      #expect(directories == ["\(root)/xdg/mnb", "\(root)/system"])
    }
  }

  @Test func prefersEarlierPlaces() throws {
    try withTemporaryFolder { folder in
      for path in ["data/mnist", "home/.cache/mnb/mnist", "system/mnist", "given/mnist"] {
        try writeDataset(in: folder, at: path, trainCount: 2, testCount: 2)
      }
      let root = folder.url.path
      let locator = locator(in: folder, environment: ["MNB_DATA": "\(root)/data"])

      #expect(try locator.locate("mnist", explicit: nil).directory.path == "\(root)/data/mnist")
      #expect(
        try locator.locate("mnist", explicit: "../given").directory.path == "\(root)/given/mnist")
    }
  }

  @Test func fallsBackToTheCacheAndTheSystemFolder() throws {
    try withTemporaryFolder { folder in
      try writeDataset(in: folder, at: "system/mnist", trainCount: 2, testCount: 2)
      let locator = locator(in: folder)
      #expect(try locator.locate("mnist", explicit: nil).directory.lastPathComponent == "mnist")

      try writeDataset(in: folder, at: "home/.cache/mnb/mnist", trainCount: 2, testCount: 2)
      let found = try locator.locate("mnist", explicit: nil).directory.path
      #expect(found == folder.url.path + "/home/.cache/mnb/mnist")
    }
  }

  @Test func acceptsAnExplicitFolderHoldingTheFilesInTheDottedStyle() throws {
    try withTemporaryFolder { folder in
      let names = [
        "train-images.idx3-ubyte", "train-labels.idx1-ubyte.gz",
        "t10k-images.idx3-ubyte.gz", "t10k-labels.idx1-ubyte",
      ]
      for name in names { try folder.write([0], to: "mine/\(name)") }

      let files = try locator(in: folder).locate("mnist", explicit: folder.url.path + "/mine")

      let found = [files.trainImages, files.trainLabels, files.testImages, files.testLabels]
      #expect(found.map(\.lastPathComponent) == names)
      #expect(files.directory.lastPathComponent == "mine")
    }
  }

  @Test func listsEveryPlaceLookedWhenNothingIsFound() throws {
    try withTemporaryFolder { folder in
      let root = folder.url.path
      let locator = locator(in: folder, environment: ["MNB_DATA": "\(root)/data"])

      let expected = DatasetError.notFound(
        name: "mnist",
        searched: [
          "\(root)/data/mnist", "\(root)/home/.cache/mnb/mnist", "\(root)/system/mnist",
        ])
      #expect(throws: expected) { try locator.locate("mnist", explicit: nil) }
    }
  }

  @Test func reportsAFolderMissingSomeFiles() throws {
    try withTemporaryFolder { folder in
      try folder.write([0], to: "data/mnist/train-images-idx3-ubyte.gz")
      try folder.write([0], to: "data/mnist/t10k-images-idx3-ubyte")
      let locator = locator(in: folder, environment: ["MNB_DATA": folder.url.path + "/data"])

      let expected = DatasetError.incomplete(
        name: "mnist",
        directory: folder.url.appending(path: "data/mnist", directoryHint: .isDirectory),
        missing: ["train-labels", "t10k-labels"])
      #expect(throws: expected) { try locator.locate("mnist", explicit: nil) }
    }
  }

  @Test(arguments: ["", "..", "a/b"])
  func rejectsNamesThatAreNotPlain(name: String) throws {
    try withTemporaryFolder { folder in
      #expect(throws: DatasetError.invalidName(name)) {
        try locator(in: folder).locate(name, explicit: nil)
      }
    }
  }

  @Test func catalogAsksSourcesInOrderAndListsAllTheirPlaces() throws {
    try withTemporaryFolder { folder in
      let root = folder.url.path
      let first = locator(in: folder, environment: ["MNB_DATA": "\(root)/a"])
      let second = locator(in: folder, environment: ["MNB_DATA": "\(root)/b"])
      let catalog = DatasetCatalog(sources: [first, second])

      let error = #expect(throws: DatasetError.self) { try catalog.locate("mnist") }
      guard case .notFound(_, let searched, _) = error else { return }
      #expect(searched.first == "\(root)/a/mnist")
      #expect(searched.contains("\(root)/b/mnist"))

      try writeDataset(in: folder, at: "b/mnist", trainCount: 2, testCount: 2)
      #expect(try catalog.locate("mnist").directory.path == "\(root)/b/mnist")
    }
  }
}
