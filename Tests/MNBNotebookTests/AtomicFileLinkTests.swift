import Foundation
import Testing

@testable import MNBData

@Suite("atomic writes through symbolic links")
struct AtomicFileLinkTests {
  @Test func aLinkToAFileReplacesTheTargetAndKeepsTheLink() throws {
    let fixture = try ReportFixture()
    defer { fixture.remove() }
    let real = fixture.path("real.mnbm")
    let link = fixture.path("link.mnbm")
    try Data("old".utf8).write(to: URL(fileURLWithPath: real))
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.mnbm")
    let bytes = Data((0...255).map { UInt8($0) })

    try AtomicFile.write(bytes, to: URL(fileURLWithPath: link), displayPath: "link.mnbm")

    #expect(try Data(contentsOf: URL(fileURLWithPath: real)) == bytes)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real.mnbm")
    #expect(try fixture.contents() == ["link.mnbm", "real.mnbm", "weights.png"])
  }

  @Test func aRelativeLinkIsReadFromTheFolderThatHoldsIt() throws {
    let fixture = try ReportFixture()
    defer { fixture.remove() }
    for folder in ["links", "models"] {
      try FileManager.default.createDirectory(
        atPath: fixture.path(folder), withIntermediateDirectories: false)
    }
    let real = fixture.path("models/m.mnbm")
    try Data("old".utf8).write(to: URL(fileURLWithPath: real))
    try FileManager.default.createSymbolicLink(
      atPath: fixture.path("links/m.mnbm"), withDestinationPath: "../models/m.mnbm")

    try AtomicFile.write(Data("new".utf8), to: URL(fileURLWithPath: fixture.path("links/m.mnbm")))

    #expect(try Data(contentsOf: URL(fileURLWithPath: real)) == Data("new".utf8))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: fixture.path("links")) == ["m.mnbm"])
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: fixture.path("models")) == ["m.mnbm"])
  }

  @Test func aDanglingLinkCreatesTheFileItPointsTo() throws {
    let fixture = try ReportFixture()
    defer { fixture.remove() }
    let link = fixture.path("out.ipynb")
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "via.ipynb")
    try FileManager.default.createSymbolicLink(
      atPath: fixture.path("via.ipynb"), withDestinationPath: "made.ipynb")

    try AtomicFile.write(Data("{}".utf8), to: URL(fileURLWithPath: link))

    #expect(
      try Data(contentsOf: URL(fileURLWithPath: fixture.path("made.ipynb"))) == Data("{}".utf8))
    #expect(try fixture.contents() == ["made.ipynb", "out.ipynb", "via.ipynb", "weights.png"])
  }

  @Test func aLinkToADeviceIsStillRefused() throws {
    let fixture = try ReportFixture()
    defer { fixture.remove() }
    let link = fixture.path("null.md")
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/null")

    #expect(throws: AtomicFileError.notARegularFile(target: "null.md")) {
      try AtomicFile.write(Data("x".utf8), to: URL(fileURLWithPath: link), displayPath: "null.md")
    }
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "/dev/null")
  }

  @Test func aLoopOfLinksIsRefused() throws {
    let fixture = try ReportFixture()
    defer { fixture.remove() }
    try FileManager.default.createSymbolicLink(atPath: fixture.path("a"), withDestinationPath: "b")
    try FileManager.default.createSymbolicLink(atPath: fixture.path("b"), withDestinationPath: "a")

    #expect(throws: AtomicFileError.systemError(target: "a", code: ELOOP)) {
      try AtomicFile.write(Data(), to: URL(fileURLWithPath: fixture.path("a")), displayPath: "a")
    }
    #expect(try fixture.contents() == ["a", "b", "weights.png"])
  }
}
