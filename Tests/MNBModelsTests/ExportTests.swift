import Foundation
import MNBEngine
import MNBModels
import Testing

@Suite struct ExportTests {
  @Test func theNumpyHeaderIsLaidOutAsNumpyWritesIt() {
    let model = Fixtures.stored(.softmax).model
    let data = Array(WeightExport.encoded(model, as: .npy))

    #expect(Array(data[0..<8]) == [0x93] + Array("NUMPY".utf8) + [1, 0])
    let headerLength = Int(data[8]) | Int(data[9]) << 8
    #expect(headerLength == 118)
    let header = String(decoding: data[10..<10 + headerLength], as: UTF8.self)
    let dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (7, 3), }"
    #expect(header == dict + String(repeating: " ", count: 118 - dict.count - 1) + "\n")
    #expect((10 + headerLength) % 64 == 0)
    #expect(data.count == 128 + 21 * 4)
    #expect(Array(data[128..<132]) == Fixtures.littleEndian(model.weights[0].bitPattern))
  }

  @Test func theCSVHasAHeaderThenTheBiasThenEachPixel() {
    let model = LogisticModel(
      kind: .softmax, inputSize: 2, classNames: ["a", "b,c"],
      weights: [0.1, -2, 3.5e-8, 1, 0, 16_777_216])
    #expect(
      WeightsCSV.text(of: model) == """
        input,a,"b,c"
        bias,0.100000001,-2
        pixel_0,3.49999993e-08,1
        pixel_1,0,16777216

        """)
  }

  @Test func csvValuesReadBackExactly() {
    let model = Fixtures.stored(.oneVsRest).model
    let lines = WeightsCSV.text(of: model).split(separator: "\n").dropFirst()
    let values = lines.flatMap { $0.split(separator: ",").dropFirst().map { Float(String($0))! } }
    #expect(values.map(\.bitPattern) == model.weights.map(\.bitPattern))
  }

  @Test(arguments: [
    ("w.npy", ExportFormat.npy), ("W.CSV", .csv), ("dir.npy/w.csv", .csv), ("w.txt", nil),
    ("w", nil), ("dir.npy/w", nil),
  ])
  func theExtensionPicksTheFormat(path: String, format: ExportFormat?) {
    #expect(ExportFormat(path: path) == format)
  }
}
