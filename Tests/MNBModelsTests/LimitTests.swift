import Foundation
import MNBData
import MNBEngine
import MNBModels
import Testing

@Suite("limits a model file must keep")
struct LimitTests {
  @Test func moreClassesThanTheKernelsTakeAreRefused() {
    let classes = LogisticModel.maximumClassCount + 1
    let model = LogisticModel(
      kind: .softmax, inputSize: 4, classNames: (0..<classes).map(String.init),
      weights: [Float](repeating: 0, count: 5 * classes))
    let bytes = Array(ModelFile.encoded(StoredModel(model: model, imageHeight: 2, imageWidth: 2)))

    #expect(
      throws: ModelFileError.invalidCount(file: Fixtures.file, field: "class count", value: classes)
    ) {
      try ModelFile.decoded(bytes, file: Fixtures.file)
    }
  }

  @Test func anEpochCountThatCouldNotGrowIsRefused() {
    let original = Fixtures.stored(.softmax).model
    let model = LogisticModel(
      kind: .softmax, inputSize: 6, classNames: original.classNames, weights: original.weights,
      epochsTrained: Int(UInt32.max))
    let bytes = Array(ModelFile.encoded(StoredModel(model: model, imageHeight: 2, imageWidth: 3)))

    #expect(
      throws: ModelFileError.invalidCount(
        file: Fixtures.file, field: "number of epochs trained", value: Int(UInt32.max))
    ) {
      try ModelFile.decoded(bytes, file: Fixtures.file)
    }
  }

  @Test func aSaveOverAPipeIsRefusedAndLeavesThePipe() throws {
    let folder = try Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let pipe = folder.appendingPathComponent("pipe.mnbm")
    #expect(mkfifo(pipe.path, 0o644) == 0)

    #expect(throws: AtomicFileError.notARegularFile(target: pipe.path)) {
      try AtomicFile.write(Data([1, 2, 3]), to: pipe)
    }
    var status = stat()
    #expect(lstat(pipe.path, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
    #expect(throws: ModelFileError.self) { try ModelFile.read(from: pipe) }
  }
}
