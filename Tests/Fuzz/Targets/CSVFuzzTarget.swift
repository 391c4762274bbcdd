import Foundation
import MNBData

extension FuzzTarget {
  /// CSV files of labelled images, read in memory with the default memory limit. A data set
  /// read must hold a label per image and a side x side block of pixels per label.
  public static let csv = FuzzTarget(name: "csv", maximumLength: 8192) { bytes in
    let url = URL(fileURLWithPath: "fuzz.csv")
    do throws(DatasetError) {
      let dataset = try CSVDatasetReader.read(bytes: bytes, named: url, name: "fuzz")
      let side = dataset.height
      guard dataset.width == side, dataset.pixels.count == dataset.count * side * side,
        let largest = dataset.labels.max(), dataset.classNames.count == Int(largest) + 1
      else {
        return .violated(
          "\(dataset.count) labels, \(dataset.pixels.count) pixels of "
            + "\(dataset.width)x\(dataset.height), \(dataset.classNames.count) classes")
      }
      return .accepted("\(dataset.count) images of \(side)x\(side)")
    } catch {
      return .refused(error.description)
    }
  }
}
