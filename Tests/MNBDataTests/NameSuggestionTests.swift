import Foundation
import Testing

@testable import MNBData

/// Suggesting a name when a data set is not found.
@Suite struct NameSuggestionTests {
  private func catalog(in folder: TemporaryFolder) -> DatasetCatalog {
    DatasetCatalog(sources: [
      DatasetLocator(
        environment: ["MNB_DATA": folder.url.appending(path: "data").path], homeDirectory: "",
        systemDirectory: folder.url.appending(path: "system").path)
    ])
  }

  private func suggestion(for name: String, in folder: TemporaryFolder) -> String? {
    let error = #expect(throws: DatasetError.self) { try catalog(in: folder).locate(name) }
    guard case .notFound(_, _, let suggestion) = error else { return "not a not-found error" }
    return suggestion
  }

  @Test(arguments: [
    ("mnst", "mnist"), ("MNIST", "mnist"), ("fashion-mnst", "fashion-mnist"),
    ("fashoin-mnist", "fashion-mnist"),
  ])
  func suggestsAKnownDataSet(typed: String, meant: String) throws {
    try withTemporaryFolder { folder in
      #expect(suggestion(for: typed, in: folder) == meant)
    }
  }

  @Test func suggestsAFolderFoundInASearchedDirectory() throws {
    try withTemporaryFolder { folder in
      try writeDataset(in: folder, at: "data/digits", trainCount: 2, testCount: 2)
      try FileManager.default.createDirectory(
        at: folder.url.appending(path: "system/letters"), withIntermediateDirectories: true)

      #expect(suggestion(for: "digts", in: folder) == "digits")
      #expect(suggestion(for: "leters", in: folder) == "letters")
    }
  }

  @Test func suggestsAFolderInsideTheGivenFolder() throws {
    try withTemporaryFolder { folder in
      try writeDataset(in: folder, at: "mine/kmnist", trainCount: 2, testCount: 2)

      let error = #expect(throws: DatasetError.self) {
        try catalog(in: folder).locate("kmnst", from: folder.url.appending(path: "mine").path)
      }

      guard case .notFound(_, _, let suggestion) = error else { return }
      #expect(suggestion == "kmnist")
    }
  }

  @Test func suggestsNothingForADistantName() throws {
    try withTemporaryFolder { folder in
      try folder.write([0], to: "data/notes.txt")

      #expect(suggestion(for: "cifar10", in: folder) == nil)
      #expect(suggestion(for: "note", in: folder) == nil)
    }
  }

  @Test(arguments: [
    ("", "", 0), ("mnist", "mnist", 0), ("mnst", "mnist", 1), ("mnsit", "mnist", 2),
    ("", "abc", 3), ("kitten", "sitting", 3),
  ])
  func measuresEditDistance(a: String, b: String, distance: Int) {
    #expect(NameSuggestion.editDistance(a, b) == distance)
    #expect(NameSuggestion.editDistance(b, a) == distance)
  }

  @Test func offersNoShortNameForAnUnrelatedShortName() {
    #expect(NameSuggestion.closest(to: "ab", among: ["x", "cd"]) == nil)
    #expect(NameSuggestion.closest(to: "abc", among: ["abd", "abcde"]) == "abd")
  }
}
