import Foundation
@testable import MNBData
import Synchronization
import Testing

@testable import MNBNotebook

@Suite("atomic file writes")
struct AtomicFileTests {
  @Test func writeIntoAMissingFolderFailsAndLeavesNothing() throws {
    let fixture = try ReportFixture()
    defer { fixture.remove() }
    let path = fixture.path("missing/out.ipynb")

    #expect(throws: AtomicFileError.noSuchFolder(target: path, folder: fixture.path("missing"))) {
      try AtomicFile.write(Data("x".utf8), to: URL(fileURLWithPath: path), displayPath: path)
    }
    #expect(try fixture.contents() == ["weights.png"])
  }

  @Test func writerRefusesAMissingFolderBeforeAnyCellRuns() throws {
    let fixture = try ReportFixture()
    defer { fixture.remove() }
    let path = fixture.path("missing/out.html")

    #expect(
      throws: ReportError.cannotWrite(.noSuchFolder(target: path, folder: fixture.path("missing")))
    ) {
      try ReportWriter(path: path)
    }
  }

  @Test func replacesAnExistingFileWholeAndKeepsItsMode() throws {
    let fixture = try ReportFixture()
    defer { fixture.remove() }
    let url = URL(fileURLWithPath: fixture.path("out.md"))
    try Data(repeating: UInt8(ascii: "o"), count: 10_000).write(to: url)
    chmod(url.path, 0o600)

    try AtomicFile.write(Data("new\n".utf8), to: url)

    #expect(try Data(contentsOf: url) == Data("new\n".utf8))
    #expect(try fixture.contents() == ["out.md", "weights.png"])
    let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions]
    #expect(mode as? Int == 0o600)
  }

  @Test func aFolderInTheWayIsReportedAndNoTemporaryFileRemains() throws {
    let fixture = try ReportFixture()
    defer { fixture.remove() }
    let path = fixture.path("out.ipynb")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)

    #expect(throws: AtomicFileError.isAFolder(target: path)) {
      try AtomicFile.write(Data("x".utf8), to: URL(fileURLWithPath: path), displayPath: path)
    }
    #expect(try fixture.contents() == ["out.ipynb", "weights.png"])
  }

  @Test(.enabled(if: geteuid() != 0, "root may write into read-only folders"))
  func aReadOnlyFolderIsPermissionDenied() throws {
    let fixture = try ReportFixture()
    defer { fixture.remove() }
    let folder = fixture.path("locked")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
    chmod(folder, 0o500)
    defer { chmod(folder, 0o700) }

    #expect(throws: AtomicFileError.permissionDenied(target: "locked/out.md")) {
      try AtomicFile.write(
        Data(), to: URL(fileURLWithPath: folder + "/out.md"), displayPath: "locked/out.md")
    }
  }

  /// A reader racing the writer sees the old or the new content, never a mix or a short file.
  @Test func readersNeverSeeAPartialFile() async throws {
    let fixture = try ReportFixture()
    defer { fixture.remove() }
    let url = URL(fileURLWithPath: fixture.path("race.bin"))
    let versions = [UInt8(ascii: "a"), UInt8(ascii: "b")].map {
      Data(repeating: $0, count: 1 << 20)
    }
    try AtomicFile.write(versions[0], to: url)

    let finished = Atomic<Bool>(false)
    let writer = Task.detached {
      defer { finished.store(true, ordering: .releasing) }
      for round in 1...20 {
        try AtomicFile.write(versions[round % 2], to: url)
      }
    }
    var torn = 0
    var reads = 0
    while !finished.load(ordering: .acquiring) {
      if try !versions.contains(Data(contentsOf: url)) { torn += 1 }
      reads += 1
    }
    try await writer.value

    #expect(torn == 0)
    #expect(reads > 0)
    #expect(try fixture.contents() == ["race.bin", "weights.png"])
  }

  @Test func createFolderAcceptsAnExistingFolderAndRefusesAFile() throws {
    let fixture = try ReportFixture()
    defer { fixture.remove() }
    let folder = URL(fileURLWithPath: fixture.path("pictures"))

    try AtomicFile.createFolder(at: folder)
    try AtomicFile.createFolder(at: folder)

    #expect(throws: AtomicFileError.notAFolder(target: "weights.png", folder: "weights.png")) {
      try AtomicFile.createFolder(
        at: URL(fileURLWithPath: fixture.pngPath), displayPath: "weights.png")
    }
  }

  @Test(arguments: [
    (
      AtomicFileError.noSuchFolder(target: "out/r.ipynb", folder: "out"),
      "cannot write 'out/r.ipynb': no such folder 'out'; create the folder first"
    ),
    (
      .notAFolder(target: "a/r.md", folder: "a"),
      "cannot write 'a/r.md': 'a' is not a folder; choose another path"
    ),
    (
      .permissionDenied(target: "r.md"),
      "cannot write 'r.md': permission denied; check the folder's permissions"
    ),
    (
      .diskFull(target: "r.md"),
      "cannot write 'r.md': no space left on the disk; free some space and retry"
    ),
    (
      .readOnlyFileSystem(target: "r.md"),
      "cannot write 'r.md': the file system is read-only; choose another folder"
    ),
    (.isAFolder(target: "r.md"), "cannot write 'r.md': it is a folder; choose a file name"),
    (.systemError(target: "r.md", code: EIO), "cannot write 'r.md': input/output error"),
  ])
  func describesEachFailure(error: AtomicFileError, message: String) {
    #expect(error.description == message)
  }

  @Test(arguments: [
    (ENOENT, AtomicFileError.noSuchFolder(target: "d/r.md", folder: "d")),
    (ENOSPC, .diskFull(target: "d/r.md")), (EDQUOT, .diskFull(target: "d/r.md")),
    (EACCES, .permissionDenied(target: "d/r.md")), (EROFS, .readOnlyFileSystem(target: "d/r.md")),
  ])
  func mapsSystemCodes(code: Int32, error: AtomicFileError) {
    #expect(AtomicFile.failure(code, target: "d/r.md") == error)
  }
}
