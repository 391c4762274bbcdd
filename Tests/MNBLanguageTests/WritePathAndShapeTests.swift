import Foundation
import Testing

@testable import MNBLanguage

/// Paths that `export`, `save MODEL` and `save session` refuse, and how a model that does not
/// fit a data set is described.
@Suite struct WritePathAndShapeTests {
  /// A session holding model 'm', trained on 'a' (four 2x2 images of 2 classes), and 'b'
  /// (three 3x3 images of 3 classes).
  private func sessionWithModel() throws -> PictureSession {
    let session = try PictureSession()
    let a = try write(side: 2, labels: [0, 1, 0, 1], in: session, as: "a")
    let b = try write(side: 3, labels: [0, 1, 2], in: session, as: "b")
    try session.run("load data a from \"\(a.images)\" labels \"\(a.labels)\"")
    try session.run("load data b from \"\(b.images)\" labels \"\(b.labels)\"")
    try session.run("train m on a epochs 1")
    return session
  }

  private func write(side: Int, labels: [UInt8], in session: PictureSession, as name: String)
    throws -> (images: String, labels: String)
  {
    let count = UInt8(labels.count)
    let images: [UInt8] =
      [0, 0, 8, 3, 0, 0, 0, count, 0, 0, 0, UInt8(side), 0, 0, 0, UInt8(side)]
      + (0..<labels.count * side * side).map { UInt8($0 % 256) }
    let imagesURL = session.folder.appendingPathComponent("\(name)-images.idx")
    let labelsURL = session.folder.appendingPathComponent("\(name)-labels.idx")
    try Data(images).write(to: imagesURL)
    try Data([0, 0, 8, 1, 0, 0, 0, count] + labels).write(to: labelsURL)
    return (imagesURL.path, labelsURL.path)
  }

  private func message(of line: String, in session: PictureSession) -> String? {
    do {
      try session.run(line)
      return nil
    } catch {
      return (error as? SessionFailure)?.message
    }
  }

  @Test(arguments: [
    (#"export m ".npy""#, "cannot write '.npy': give a file name before '.npy'"),
    (#"save m "out/.mnbm""#, "cannot write 'out/.mnbm': give a file name before '.mnbm'"),
    (#"save session ".mnb""#, "cannot write '.mnb': give a file name before '.mnb'"),
    (
      #"export m "|x.npy""#,
      "cannot write '|x.npy': a path may not start with '|' or '<', which plot and shell "
        + "commands read as a command; rename the file"
    ),
    (
      #"save m "<m.mnbm""#,
      "cannot write '<m.mnbm': a path may not start with '|' or '<', which plot and shell "
        + "commands read as a command; rename the file"
    ),
    (
      "save session \"a\u{1b}b.mnb\"",
      "cannot use path 'a\\u{1b}b.mnb': it holds a control character; remove line breaks, "
        + "tabs and escape codes"
    ),
  ])
  func refusesPathsPlotsRefuseAndBareExtensions(line: String, expected: String) throws {
    let session = try sessionWithModel()
    defer { session.removeFolder() }
    let before = try FileManager.default.contentsOfDirectory(atPath: session.folder.path)

    #expect(message(of: line, in: session) == expected)
    #expect(try FileManager.default.contentsOfDirectory(atPath: session.folder.path) == before)
  }

  @Test func describesAMismatchInImageSizes() throws {
    let session = try sessionWithModel()
    defer { session.removeFolder() }

    #expect(
      message(of: "eval m on b", in: session)
        == "model 'm' expects 2x2 images and 2 classes but 'b' has 3x3 images and 3 classes")
  }
}
