import Foundation
import Testing

@Suite struct ModelFileTests {
  /// A Python with numpy, to read exported `.npy` files as numpy itself does.
  static let python = ProcessInfo.processInfo.environment["MNB_PYTHON"]
  static let hasNumpy: Bool = {
    guard let python else { return false }
    let result = try? MNBProcess.run(
      ["-c", "import numpy"], executable: URL(fileURLWithPath: python))
    return result?.status == 0
  }()

  @Test func aSavedModelEvaluatesTheSameInANewProcess() throws {
    let data = try TinyDataset()
    defer { data.remove() }
    let environment = ["MNB_DATA": data.root.path]
    let first = try MNBProcess.run(
      [],
      input: "load tiny\ntrain m on train epochs 2 rate 0.05 seed 3\neval m on test\n"
        + "save m \"m.mnbm\"\n", environment: environment, in: data.root)
    #expect(first.status == 0, "\(first.log)")
    #expect(first.output.contains("saved model 'm' to 'm.mnbm'"))

    let second = try MNBProcess.run(
      [], input: "load tiny\nload model m from \"m.mnbm\"\neval m on test\n",
      environment: environment, in: data.root)
    #expect(second.status == 0, "\(second.log)")
    #expect(
      second.output.contains(
        "loaded model 'm' from 'm.mnbm': one-vs-rest, 4x4 images, 3 classes, 2 epochs trained "
          + "(gd, rate 0.05, full batch, constant, l2 0, seed 3)\n"))
    #expect(accuracyLine(of: first.output) != nil)
    #expect(accuracyLine(of: second.output) == accuracyLine(of: first.output))
  }

  @Test func loadAndVarsShowTheOptionsTheModelWasTrainedWith() throws {
    let data = try TinyDataset()
    defer { data.remove() }
    let environment = ["MNB_DATA": data.root.path]
    let first = try MNBProcess.run(
      [],
      input: "load tiny\ntrain m on train epochs 3 validation 0.2 patience 1 seed 2\n"
        + "save m \"m.mnbm\"\n", environment: environment, in: data.root)
    #expect(first.status == 0, "\(first.log)")

    let second = try MNBProcess.run(
      [], input: "load model m from \"m.mnbm\"\nvars\n", environment: environment, in: data.root)
    #expect(second.status == 0, "\(second.log)")
    let options =
      "adam, rate 0.02, batch 48, cosine, l2 0.0001, validation 0.2, patience 1, seed 2"
    #expect(second.output.contains("softmax, 4x4 images, 3 classes, 3 epochs trained ("))
    #expect(second.output.components(separatedBy: options).count == 3, "\(second.output)")
  }

  @Test func aDamagedModelFileIsRefusedWithExitStatus1() throws {
    let data = try TinyDataset()
    defer { data.remove() }
    let environment = ["MNB_DATA": data.root.path]
    _ = try MNBProcess.run(
      [], input: "load tiny\ntrain m on train epochs 1\nsave m \"m.mnbm\"\n",
      environment: environment, in: data.root)
    let url = data.root.appendingPathComponent("m.mnbm")
    var bytes = Array(try Data(contentsOf: url))
    bytes[40] ^= 0xFF
    try Data(bytes).write(to: url)

    let result = try MNBProcess.run(
      [], input: "load model m from \"m.mnbm\"\n", environment: environment, in: data.root)
    #expect(result.status == 1)
    #expect(result.log.contains("cannot load model 'm.mnbm': the checksum does not match"))
    #expect(result.log.contains("the file is damaged"))
  }

  @Test func anUnknownExportExtensionIsRefused() throws {
    let data = try TinyDataset()
    defer { data.remove() }
    let result = try MNBProcess.run(
      [], input: "load tiny\ntrain m on train epochs 1\nexport m \"w.txt\"\n",
      environment: ["MNB_DATA": data.root.path], in: data.root)
    #expect(result.status == 1)
    #expect(
      result.log.contains(
        "cannot export to 'w.txt': unknown file type; end the name in '.npy' or '.csv'"))
  }

  @Test(
    .enabled(if: hasNumpy, "set MNB_PYTHON to a Python with numpy to read the exported .npy"))
  func numpyReadsTheExportedWeights() throws {
    let data = try TinyDataset()
    defer { data.remove() }
    let result = try MNBProcess.run(
      [], input: "load tiny\ntrain m on train epochs 3\nexport m \"w.npy\"\nexport m \"w.csv\"\n",
      environment: ["MNB_DATA": data.root.path], in: data.root)
    #expect(result.status == 0, "\(result.log)")

    let script = """
      import numpy
      w = numpy.load('w.npy')
      c = numpy.loadtxt('w.csv', delimiter=',', skiprows=1, usecols=(1, 2, 3), dtype='<f4')
      assert w.dtype == numpy.dtype('<f4') and w.shape == (17, 3), (w.dtype, w.shape)
      assert numpy.array_equal(w, c), 'npy and csv differ'
      print(w.shape, float(abs(w).sum()) > 0)
      """
    let python = try MNBProcess.run(
      ["-c", script], in: data.root, executable: URL(fileURLWithPath: Self.python!))
    #expect(python.status == 0, "\(python.log)")
    #expect(python.output == "(17, 3) True\n")
  }

  private func accuracyLine(of output: String) -> Substring? {
    output.split(separator: "\n").first { $0.hasPrefix("accuracy ") }
  }
}
