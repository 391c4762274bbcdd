import Foundation
import Testing

@testable import MNBData

@Suite("stopping and following a long read")
struct LoadMonitorTests {
  /// 3,000 images of 28x28: about 2.35 MB, three slices.
  static let images = IDXBytes.images(count: 3000, rows: 28, columns: 28)

  @Test(arguments: [false, true])
  func aMonitorThatAsksToStopStopsTheRead(compressed: Bool) throws {
    try withTemporaryFolder { folder in
      let url = try folder.write(Self.images, to: "images.idx3-ubyte", compressed: compressed)
      nonisolated(unsafe) var questions = 0
      let monitor = LoadMonitor(isCancelled: {
        questions += 1
        return true
      })

      #expect(throws: IDXError.cancelled(url)) {
        try IDXReader.read(contentsOf: url, as: .images, monitor: monitor)
      }
      #expect(questions == 1)
    }
  }

  @Test func progressCountsUpToTheWholePayload() throws {
    try withTemporaryFolder { folder in
      let url = try folder.write(Self.images, to: "images.idx3-ubyte", compressed: true)
      nonisolated(unsafe) var reports: [Int] = []
      let monitor = LoadMonitor(progress: { read, total in
        #expect(total == 3000 * 28 * 28)
        reports.append(read)
      })

      let array = try IDXReader.read(contentsOf: url, as: .images, monitor: monitor)

      #expect(array.bytes.count == 3000 * 28 * 28)
      #expect(reports == [1 << 20, 2 << 20, 3000 * 28 * 28])
    }
  }

  @Test func theWordingOfAStop() {
    let url = URL(fileURLWithPath: "/data/mnist/train-images-idx3-ubyte.gz")
    #expect(
      IDXError.cancelled(url).description
        == "stopped reading 'train-images-idx3-ubyte.gz' on request")
  }
}
