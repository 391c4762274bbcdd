import Foundation
import Testing

@testable import MNBData

#if canImport(Glibc)
  import Glibc
#endif

/// What stands where a data file or folder should be, and how loading reports it.
@Suite struct DataFileKindTests {
  /// Ways to put something other than a file at `path`, with the kind each should be named.
  enum Stand: String, CaseIterable {
    case namedPipe, directory, danglingLink, linkLoop

    var kind: EntryKind {
      switch self {
      case .namedPipe: .namedPipe
      case .directory: .directory
      case .danglingLink: .danglingLink
      case .linkLoop: .linkLoop
      }
    }

    func make(at url: URL) throws {
      let manager = FileManager.default
      switch self {
      case .namedPipe:
        #expect(mkfifo(url.path, 0o600) == 0)
      case .directory:
        try manager.createDirectory(at: url, withIntermediateDirectories: false)
      case .danglingLink:
        try manager.createSymbolicLink(
          atPath: url.path, withDestinationPath: url.path + "-nowhere")
      case .linkLoop:
        let other = url.path + "-other"
        try manager.createSymbolicLink(atPath: url.path, withDestinationPath: other)
        try manager.createSymbolicLink(atPath: other, withDestinationPath: url.path)
      }
    }
  }

  /// A data set folder `x/` with three files written and `train-images.idx3-ubyte` made by
  /// `stand`; returns the odd entry.
  private func writeDatasetWithOddImages(in folder: TemporaryFolder, _ stand: Stand) throws -> URL {
    try writeDataset(in: folder, at: "x", trainCount: 2, testCount: 2)
    try FileManager.default.removeItem(
      at: folder.url.appending(path: "x/train-images-idx3-ubyte.gz"))
    let odd = folder.url.appending(path: "x/train-images.idx3-ubyte")
    try stand.make(at: odd)
    return odd
  }

  @Test(arguments: Stand.allCases)
  func namesWhatStandsWhereADataFileShouldBe(stand: Stand) throws {
    try withTemporaryFolder { folder in
      let odd = try writeDatasetWithOddImages(in: folder, stand)
      let path = folder.url.path

      let error = try Timeout.run { () -> DatasetError? in
        do throws(DatasetError) {
          _ = try DatasetCatalog(environment: [:], homeDirectory: "").load("x", from: path)
          return nil
        } catch {
          return error
        }
      }

      #expect(error == .unusableFile(name: "x", file: odd, kind: stand.kind))
    }
  }

  @Test func prefersAFileUnderAnotherNameToABrokenEntry() throws {
    try withTemporaryFolder { folder in
      _ = try writeDatasetWithOddImages(in: folder, .danglingLink)
      try folder.write(IDXBytes.images(count: 2), to: "x/train-images-idx3-ubyte")

      let splits = try DatasetCatalog(environment: [:], homeDirectory: "")
        .load("x", from: folder.url.path)

      #expect(splits.files.trainImages.lastPathComponent == "train-images-idx3-ubyte")
    }
  }

  @Test func reportsABrokenEntryInAPartialFolderWhenNothingElseIsFound() throws {
    try withTemporaryFolder { folder in
      let odd = folder.url.appending(path: "x/train-images.idx3-ubyte")
      try FileManager.default.createDirectory(at: odd, withIntermediateDirectories: true)
      try folder.write(IDXBytes.labels(count: 2), to: "x/train-labels-idx1-ubyte")

      #expect(throws: DatasetError.unusableFile(name: "x", file: odd, kind: .directory)) {
        try DatasetCatalog(environment: [:], homeDirectory: "").locate("x", from: folder.url.path)
      }
    }
  }

  @Test func readerRefusesANamedPipeWithoutWaitingForAWriter() throws {
    try withTemporaryFolder { folder in
      let pipe = folder.url.appending(path: "pipe")
      #expect(mkfifo(pipe.path, 0o600) == 0)

      let error = try Timeout.run { () -> IDXError? in
        do throws(IDXError) {
          _ = try IDXReader.read(contentsOf: pipe)
          return nil
        } catch {
          return error
        }
      }

      #expect(error == .notAFile(pipe, .namedPipe))
    }
  }

  @Test func saysPermissionDeniedForAFolderThatCannotBeEntered() throws {
    try withTemporaryFolder { folder in
      try writeDataset(in: folder, at: "data/x", trainCount: 2, testCount: 2)
      let locked = folder.url.appending(path: "data/x").path
      var locator = DatasetLocator(
        environment: ["MNB_DATA": folder.url.appending(path: "data").path],
        homeDirectory: "", systemDirectory: folder.url.appending(path: "system").path)
      locator.inspector = Self.denying(inside: locked)

      let expected = DatasetError.unusableFolder(
        name: "x", directory: URL(fileURLWithPath: locked, isDirectory: true),
        kind: .inaccessible(reason: "permission denied"))
      #expect(throws: expected) { try locator.locate("x", explicit: nil) }
    }
  }

  @Test func saysWhatAFolderIsWhenItIsNotOne() throws {
    try withTemporaryFolder { folder in
      let file = try folder.write([1, 2, 3], to: "data/x")
      let catalog = DatasetCatalog(
        environment: ["MNB_DATA": file.deletingLastPathComponent().path], homeDirectory: "")

      let expected = DatasetError.unusableFolder(
        name: "x", directory: URL(fileURLWithPath: file.path, isDirectory: true),
        kind: .regularFile)
      #expect(throws: expected) { try catalog.locate("x") }
    }
  }

  /// The system inspector, except that looking up anything inside `folder` fails as it does
  /// for a user without search permission there.
  private static func denying(inside folder: String) -> EntryInspector {
    EntryInspector { path, followsLinks in
      path.hasPrefix(folder + "/")
        ? .failed(errno: EACCES) : EntryInspector.system.status(path, followsLinks)
    }
  }
}
