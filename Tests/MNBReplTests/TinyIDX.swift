import Foundation

/// Writes a small IDX data set `DATA/tiny/`: 4×4 images of three classes, each lighting its own
/// band of rows, so a linear model learns them at once and every epoch is quick.
enum TinyIDX {
  static func write(under data: String, name: String = "tiny", count: Int = 300) throws {
    let folder = URL(fileURLWithPath: data).appendingPathComponent(name)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for prefix in ["train", "t10k"] {
      let labels = (0..<count).map { UInt8($0 % 3) }
      var images = header(kind: 3, dimensions: [count, 4, 4])
      for label in labels { images += (0..<16).map { $0 / 4 == Int(label) ? 255 : 20 } }
      try Data(images).write(to: folder.appendingPathComponent("\(prefix)-images.idx3-ubyte"))
      try Data(header(kind: 1, dimensions: [count]) + labels)
        .write(to: folder.appendingPathComponent("\(prefix)-labels.idx1-ubyte"))
    }
  }

  private static func header(kind: UInt8, dimensions: [Int]) -> [UInt8] {
    [0, 0, 0x08, kind]
      + dimensions.flatMap { withUnsafeBytes(of: UInt32($0).bigEndian, Array.init) }
  }
}
