import Foundation
import Testing

@testable import MNBData

/// A folder given with `from` is the only place looked, even when another copy exists.
@Suite struct ExplicitFolderTests {
  /// A catalog whose `$MNB_DATA` holds a complete `mnist/`, which must never be used here.
  private func catalogWithMNIST(in folder: TemporaryFolder) throws -> DatasetCatalog {
    try writeDataset(in: folder, at: "data/mnist", trainCount: 2, testCount: 2)
    return DatasetCatalog(
      environment: ["MNB_DATA": folder.url.appending(path: "data").path, "MNB_OFFLINE": "1"],
      homeDirectory: "")
  }

  private func path(_ folder: TemporaryFolder, _ relative: String) -> String {
    URL(fileURLWithPath: folder.url.appending(path: relative).path).path
  }

  /// The error of locating `mnist` from `relative`, worded.
  private func failure(_ catalog: DatasetCatalog, from explicit: String) -> String? {
    do {
      _ = try catalog.locate("mnist", from: explicit)
      return nil
    } catch {
      return error.description
    }
  }

  @Test func refusesAGivenFolderWithoutTheDataSet() throws {
    try withTemporaryFolder { folder in
      let catalog = try catalogWithMNIST(in: folder)
      try folder.write([0], to: "empty/readme.txt")
      let empty = path(folder, "empty")

      #expect(
        failure(catalog, from: empty)
          == "cannot load data set 'mnist' from '\(empty)': missing 'train-images', "
          + "'train-labels', 't10k-images', 't10k-labels' there and in '\(empty)/mnist'; "
          + "expected files named like 'train-images-idx3-ubyte.gz' or "
          + "'train-images.idx3-ubyte' in one of them")
    }
  }

  @Test func refusesAGivenPathThatIsAFile() throws {
    try withTemporaryFolder { folder in
      let catalog = try catalogWithMNIST(in: folder)
      let file = try folder.write([0x1f, 0x8b], to: "some/file.gz")

      #expect(
        failure(catalog, from: file.path)
          == "cannot search '\(path(folder, "some/file.gz"))' for data set 'mnist': it is a "
          + "file, not a folder; expected a folder holding the four files, or a link to one")
    }
  }

  @Test func refusesAGivenFolderThatDoesNotExist() throws {
    try withTemporaryFolder { folder in
      let catalog = try catalogWithMNIST(in: folder)
      let nowhere = path(folder, "nowhere")

      #expect(
        failure(catalog, from: nowhere)
          == "cannot search '\(nowhere)' for data set 'mnist': it does not exist; expected a "
          + "folder holding the four files, or a link to one")
    }
  }

  @Test func namesTheFilesAGivenFolderLacks() throws {
    try withTemporaryFolder { folder in
      let catalog = try catalogWithMNIST(in: folder)
      try folder.write(IDXBytes.images(count: 2), to: "part/mnist/train-images-idx3-ubyte")
      try folder.write(IDXBytes.labels(count: 2), to: "part/mnist/train-labels-idx1-ubyte")

      #expect(
        failure(catalog, from: path(folder, "part"))
          == "cannot load data set 'mnist' from '\(path(folder, "part/mnist"))': missing "
          + "'t10k-images', 't10k-labels'; expected files named like "
          + "'train-images-idx3-ubyte.gz' or 'train-images.idx3-ubyte'")
    }
  }

  @Test func usesTheGivenFolderOrItsNamedFolder() throws {
    try withTemporaryFolder { folder in
      let catalog = try catalogWithMNIST(in: folder)
      try writeDataset(in: folder, at: "mine", trainCount: 2, testCount: 2)
      try writeDataset(in: folder, at: "outer/mnist", trainCount: 2, testCount: 2)

      let mine = try catalog.locate("mnist", from: path(folder, "mine"))
      let outer = try catalog.locate("mnist", from: path(folder, "outer"))

      #expect(mine.directory.path == path(folder, "mine"))
      #expect(outer.directory.path == path(folder, "outer/mnist"))
      #expect(mine.notes.isEmpty && outer.notes.isEmpty)
    }
  }
}
