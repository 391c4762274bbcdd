import Foundation
import Testing

@testable import MNBData

private let environment = ProcessInfo.processInfo.environment

@Suite struct RealDataTests {
  @Test(
    .enabled(
      if: environment["MNB_DATA"] != nil,
      "set MNB_DATA to a folder holding mnist/ with the four IDX files to run this test"))
  func loadsMNIST() throws {
    // Offline, so a missing folder fails here instead of reaching for the network.
    let offline = environment.merging(["MNB_OFFLINE": "1"]) { $1 }
    let catalog = DatasetCatalog(environment: offline, homeDirectory: NSHomeDirectory())

    let splits = try catalog.load("mnist")

    #expect(splits.train.count == 60000)
    #expect(splits.test.count == 10000)
    #expect(splits.train.height == 28 && splits.train.width == 28)
    #expect(splits.test.height == 28 && splits.test.width == 28)
    #expect(splits.train.classNames == (0...9).map(String.init))
    #expect(
      splits.train.classCounts == [5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949])
  }
}
