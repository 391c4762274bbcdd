import Foundation

/// A small IDX data set written to a temporary folder: 4x4 images of three classes, each class
/// lighting its own band of rows, so a linear model separates them perfectly.
struct TinyDataset {
  let root: URL

  /// Creates `ROOT/NAME/` holding the four raw IDX files, under the dotted naming style.
  init(name: String = "tiny", trainCount: Int = 60, testCount: Int = 15) throws {
    root = FileManager.default.temporaryDirectory
      .appendingPathComponent("mnb-cli-\(UUID().uuidString)")
    let folder = root.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)

    for (prefix, count) in [("train", trainCount), ("t10k", testCount)] {
      let labels = (0..<count).map { UInt8($0 % 3) }
      try Self.idx(images: labels.map(Self.image(of:)))
        .write(to: folder.appendingPathComponent("\(prefix)-images.idx3-ubyte"))
      try Self.idx(labels: labels)
        .write(to: folder.appendingPathComponent("\(prefix)-labels.idx1-ubyte"))
    }
  }

  func remove() { try? FileManager.default.removeItem(at: root) }

  func file(_ name: String, _ text: String) throws -> URL {
    let url = root.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url
  }

  private static func image(of label: UInt8) -> [UInt8] {
    (0..<16).map { pixel in pixel / 4 == Int(label) ? 255 : 20 }
  }

  private static func idx(images: [[UInt8]]) -> Data {
    var data = Data([0, 0, 0x08, 3])
    for dimension in [images.count, 4, 4] { data.append(contentsOf: bigEndian(dimension)) }
    for image in images { data.append(contentsOf: image) }
    return data
  }

  private static func idx(labels: [UInt8]) -> Data {
    var data = Data([0, 0, 0x08, 1])
    data.append(contentsOf: bigEndian(labels.count))
    data.append(contentsOf: labels)
    return data
  }

  private static func bigEndian(_ value: Int) -> [UInt8] {
    withUnsafeBytes(of: UInt32(value).bigEndian) { Array($0) }
  }
}
