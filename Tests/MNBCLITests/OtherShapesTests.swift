import Foundation
import Testing

/// A data set unlike MNIST (10x10 images, three classes) through the real `mnb`, end to end:
/// loaded as named IDX files, as a folder and as CSV, trained, evaluated, drawn and saved.
@Suite struct OtherShapesTests {
  static let side = 10

  /// Class `label` lights its own band of rows (0-2, 3-5, 6-9) over faint noise.
  static func image(of label: Int, seed: Int) -> [UInt8] {
    (0..<side * side).map { pixel in
      let band = min(pixel / side / 3, 2)
      let noise = (pixel * 7 + seed * 13) % 40
      return UInt8(band == label ? 200 + noise : noise)
    }
  }

  /// Test image 0 shows class 1 but is labelled 0, so every model makes exactly one error.
  static func split(count: Int, seedOffset: Int) -> (images: [[UInt8]], labels: [UInt8]) {
    let labels = (0..<count).map { UInt8($0 % 3) }
    var images = labels.indices.map { image(of: Int(labels[$0]), seed: $0 + seedOffset) }
    if seedOffset > 0 { images[0] = image(of: 1, seed: seedOffset) }
    return (images, labels)
  }

  static func idx(images: [[UInt8]]) -> Data {
    var data = Data([0, 0, 0x08, 3])
    for dimension in [images.count, side, side] { data.append(contentsOf: bigEndian(dimension)) }
    for image in images { data.append(contentsOf: image) }
    return data
  }

  static func idx(labels: [UInt8]) -> Data {
    var data = Data([0, 0, 0x08, 1])
    data.append(contentsOf: bigEndian(labels.count))
    data.append(contentsOf: labels)
    return data
  }

  static func csv(_ split: (images: [[UInt8]], labels: [UInt8])) -> String {
    let header = "label," + (0..<side * side).map { "pixel\($0)" }.joined(separator: ",")
    let lines = zip(split.labels, split.images).map { label, image in
      "\(label)," + image.map(String.init).joined(separator: ",")
    }
    return ([header] + lines).joined(separator: "\r\n") + "\r\n"
  }

  static func bigEndian(_ value: Int) -> [UInt8] {
    withUnsafeBytes(of: UInt32(value).bigEndian) { Array($0) }
  }

  /// Writes `shapes/` with the four IDX files and `train.csv`, `test.csv` beside it.
  static func writeData(in root: URL) throws {
    let folder = root.appendingPathComponent("shapes")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let train = split(count: 90, seedOffset: 0)
    let test = split(count: 30, seedOffset: 500)
    for (prefix, split) in [("train", train), ("t10k", test)] {
      try idx(images: split.images)
        .write(to: folder.appendingPathComponent("\(prefix)-images.idx3-ubyte"))
      try idx(labels: split.labels)
        .write(to: folder.appendingPathComponent("\(prefix)-labels.idx1-ubyte"))
    }
    try Data(csv(train).utf8).write(to: root.appendingPathComponent("train.csv"))
    try Data(csv(test).utf8).write(to: root.appendingPathComponent("test.csv"))
  }

  static let notebook = """
    # %% load
    load data tr from "shapes/train-images.idx3-ubyte" labels "shapes/train-labels.idx1-ubyte"
    load data te from "shapes/t10k-images.idx3-ubyte" labels "shapes/t10k-labels.idx1-ubyte"
    load shapes from "."
    load data csvtrain from "train.csv"
    load data csvtest from "test.csv"

    # %% train
    train s on tr
    train o on tr model ovr epochs 150
    train c on csvtrain

    # %% evaluate
    eval s on te
    eval o on test
    eval c on csvtest
    predict s on te[0:3]

    # %% draw
    plot weights s to "weights.png"
    plot confusion s on te to "confusion.png"
    plot images te to "images.png"
    plot errors o on te to "errors.png"

    # %% save
    save s "s.mnbm"
    load model again from "s.mnbm"
    eval again on csvtest

    """

  @Test func trainsEvaluatesDrawsAndSavesTenByTenImagesOfThreeClasses() throws {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("mnb-shapes-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    try Self.writeData(in: root)
    try Data(Self.notebook.utf8).write(to: root.appendingPathComponent("shapes.mnb"))

    let result = try MNBProcess.run(["run", "shapes.mnb"], in: root)
    #expect(result.status == 0, "\(result.log)")

    for name in ["tr", "te", "csvtrain", "csvtest", "train", "test"] {
      let count = ["tr", "csvtrain", "train"].contains(name) ? 90 : 30
      #expect(result.output.contains("\(name): \(count) images of 10x10, 3 classes"))
    }
    let accuracies = Self.accuracies(in: result.output)
    #expect(accuracies.count == 4)
    #expect(accuracies.allSatisfy { $0 >= 0.95 }, "\(accuracies)")
    #expect(
      result.output.contains(
        "loaded model 'again' from 's.mnbm': softmax, 10x10 images, "
          + "3 classes"))

    for picture in ["weights", "confusion", "images", "errors"] {
      let size = try Self.pngSize(root.appendingPathComponent("\(picture).png"))
      #expect(size.map { $0.width >= 64 && $0.height >= 64 } == true, "\(picture).png")
    }
  }

  /// The accuracies printed by `eval`, in order.
  static func accuracies(in output: String) -> [Double] {
    output.split(separator: "\n").compactMap { line in
      guard line.hasPrefix("accuracy ") else { return nil }
      return Double(line.split(separator: " ")[1])
    }
  }

  /// The width and height of a PNG file, or nil when it is not one.
  static func pngSize(_ url: URL) throws -> (width: Int, height: Int)? {
    let bytes = Array(try Data(contentsOf: url))
    let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    guard bytes.count > 1000, bytes.starts(with: signature) else { return nil }
    let word = { (start: Int) in bytes[start..<start + 4].reduce(0) { $0 << 8 | Int($1) } }
    return (word(16), word(20))
  }
}
