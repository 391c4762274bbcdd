import Foundation
import MNBData

/// Plain-text layouts shared by the commands: shapes, durations and small tables.
enum Format {
  static func seconds(_ seconds: Double) -> String {
    seconds < 10 ? String(format: "%.2f s", seconds) : String(format: "%.1f s", seconds)
  }

  static func fraction(_ value: Double) -> String { String(format: "%.4f", value) }

  /// A loss with four decimals, or in exponent form when it is huge or tiny.
  static func loss(_ value: Float) -> String {
    let magnitude = abs(value)
    guard value.isFinite, magnitude < 1e5, magnitude >= 1e-4 || magnitude == 0 else {
      return value.isFinite ? String(format: "%.3e", Double(value)) : String(describing: value)
    }
    return String(format: "%.4f", Double(value))
  }

  /// "1 epoch", "3 epochs".
  static func count(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
  }

  static func shape(of dataset: Dataset, named name: String? = nil) -> String {
    "\(name ?? dataset.name): \(dataset.count) images of \(dataset.height)x\(dataset.width), "
      + "\(dataset.classCount) classes"
  }

  /// One row per class: its name, its count and its share of the data set.
  static func classCountTable(of dataset: Dataset) -> String {
    let counts = dataset.classCounts
    let rows = dataset.classNames.enumerated().map { index, name in
      [
        name, String(counts[index]),
        String(format: "%.1f%%", 100 * Double(counts[index]) / Double(max(1, dataset.count))),
      ]
    }
    return table(header: ["class", "images", "share"], rows: rows)
  }

  /// Columns padded to their widest cell; the first column left-aligned, the rest right
  /// unless `leftAligned`.
  static func table(header: [String], rows: [[String]], leftAligned: Bool = false) -> String {
    let all = [header] + rows
    let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
    return all.map { row in
      row.enumerated().map { column, cell in
        let padding = String(repeating: " ", count: widths[column] - cell.count)
        return column == 0 || leftAligned ? cell + padding : padding + cell
      }
      .joined(separator: "  ")
      .trimmingTrailingSpaces()
    }
    .joined(separator: "\n") + "\n"
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var text = Substring(self)
    while text.last == " " { text = text.dropLast() }
    return String(text)
  }
}
