import Foundation
import Testing

@testable import MNBLanguage

/// Where an error of `load data NAME from "IMAGES" labels "LABELS"` points.
@Suite struct LoadDataLocationTests {
  private static let images: [UInt8] = [0, 0, 8, 3, 0, 0, 0, 2, 0, 0, 0, 2, 0, 0, 0, 2] + [
    0, 1, 2, 3, 4, 5, 6, 7,
  ]
  private static let labels: [UInt8] = [0, 0, 8, 1, 0, 0, 0, 2, 0, 1]

  /// The failure of `line`, run in a session whose folder holds `images.idx` and `labels.idx`.
  private func failure(of line: (_ images: String, _ labels: String) -> String) throws
    -> SessionFailure?
  {
    let session = try PictureSession()
    defer { session.removeFolder() }
    let images = session.folder.appendingPathComponent("images.idx")
    let labels = session.folder.appendingPathComponent("labels.idx")
    try Data(Self.images).write(to: images)
    try Data(Self.labels).write(to: labels)

    do {
      try session.run(line(images.path, labels.path))
      return nil
    } catch let failure as SessionFailure {
      return failure
    }
  }

  @Test func swappedFilesPointAtTheFirstFile() throws {
    let failure = try failure { images, labels in
      "load data x from \"\(labels)\" labels \"\(images)\""
    }

    #expect(failure?.location == SourceLocation(line: 1, column: 18))
    #expect(
      failure?.message
        == "cannot read 'labels.idx': expected an image file with 3 dimensions, found 1 "
        + "dimension; it looks like a label file, check that images and labels are not swapped")
  }

  @Test func aBadLabelsFilePointsAtTheLabelsFile() throws {
    var column = 0
    let failure = try failure { images, labels in
      column = 28 + images.count
      return "load data x from \"\(images)\" labels \"\(labels).missing\""
    }

    #expect(failure?.location == SourceLocation(line: 1, column: column))
  }
}
