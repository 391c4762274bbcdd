import Foundation
import Testing

@testable import MNBData

/// Saying so when the folder given with `from` is passed over for one found elsewhere.
@Suite struct ExplicitFolderNoteTests {
  /// A catalog whose `$MNB_DATA` holds a complete `mnist/`, and the folder it is in.
  private func catalogWithMNIST(in folder: TemporaryFolder) throws -> (DatasetCatalog, URL) {
    try writeDataset(in: folder, at: "data/mnist", trainCount: 2, testCount: 2)
    let catalog = DatasetCatalog(
      environment: ["MNB_DATA": folder.url.appending(path: "data").path], homeDirectory: "")
    let used = URL(
      fileURLWithPath: folder.url.appending(path: "data/mnist").path, isDirectory: true)
    return (catalog, used)
  }

  private func folderURL(_ folder: TemporaryFolder, _ path: String) -> URL {
    URL(fileURLWithPath: folder.url.appending(path: path).path, isDirectory: true)
  }

  @Test func notesAGivenPathThatIsAFile() throws {
    try withTemporaryFolder { folder in
      let (catalog, used) = try catalogWithMNIST(in: folder)
      let file = try folder.write([0x1f, 0x8b], to: "some/file.gz")

      // Located, not loaded: the stand-in files would fail the check of MNIST's sums.
      let files = try catalog.locate("mnist", from: file.path)

      #expect(files.directory == used)
      #expect(
        files.notes == [
          .explicitFolderUnused(
            name: "mnist", folder: folderURL(folder, "some/file.gz"), folderKind: .regularFile,
            missing: [], used: used)
        ])
    }
  }

  @Test func notesAGivenFolderWithoutTheDataSet() throws {
    try withTemporaryFolder { folder in
      let (catalog, used) = try catalogWithMNIST(in: folder)
      try folder.write([0], to: "empty/readme.txt")

      let files = try catalog.locate("mnist", from: folder.url.appending(path: "empty").path)

      #expect(
        files.notes == [
          .explicitFolderUnused(
            name: "mnist", folder: folderURL(folder, "empty"), folderKind: .directory,
            missing: [], used: used)
        ])
    }
  }

  @Test func notesAGivenFolderThatDoesNotExist() throws {
    try withTemporaryFolder { folder in
      let (catalog, used) = try catalogWithMNIST(in: folder)

      let files = try catalog.locate("mnist", from: folder.url.appending(path: "nowhere").path)

      #expect(
        files.notes == [
          .explicitFolderUnused(
            name: "mnist", folder: folderURL(folder, "nowhere"), folderKind: .missing,
            missing: [], used: used)
        ])
    }
  }

  @Test func notesTheFilesAGivenFolderLacks() throws {
    try withTemporaryFolder { folder in
      let (catalog, used) = try catalogWithMNIST(in: folder)
      try folder.write(IDXBytes.images(count: 2), to: "part/mnist/train-images-idx3-ubyte")
      try folder.write(IDXBytes.labels(count: 2), to: "part/mnist/train-labels-idx1-ubyte")

      let files = try catalog.locate("mnist", from: folder.url.appending(path: "part").path)

      #expect(
        files.notes == [
          .explicitFolderUnused(
            name: "mnist", folder: folderURL(folder, "part"), folderKind: .directory,
            missing: ["t10k-images", "t10k-labels"], used: used)
        ])
    }
  }

  @Test func saysNothingWhenTheGivenFolderIsUsedOrNoneIsGiven() throws {
    try withTemporaryFolder { folder in
      let (catalog, _) = try catalogWithMNIST(in: folder)
      try writeDataset(in: folder, at: "mine", trainCount: 2, testCount: 2)

      #expect(
        try catalog.locate("mnist", from: folder.url.appending(path: "mine").path)
          .notes.isEmpty)
      #expect(try catalog.locate("mnist").notes.isEmpty)
    }
  }
}
