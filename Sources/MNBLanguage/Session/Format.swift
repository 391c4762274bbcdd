import Foundation
import MNBData

/// Plain-text layouts shared by the commands: shapes, durations and small tables.
public enum Format {
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
      + classes(dataset.classCount)
  }

  /// "1 class", "10 classes".
  static func classes(_ count: Int) -> String {
    count == 1 ? "1 class" : "\(count) classes"
  }

  /// One row per class: its name, its count and its share of the data set.
  static func classCountTable(of dataset: Dataset, width: Int? = nil) -> String {
    let counts = dataset.classCounts
    let rows = dataset.classNames.enumerated().map { index, name in
      [
        name, String(counts[index]),
        String(format: "%.1f%%", 100 * Double(counts[index]) / Double(max(1, dataset.count))),
      ]
    }
    return table(header: ["class", "images", "share"], rows: rows, width: width)
  }

  /// Columns padded to their widest cell; the first column left-aligned, the rest right
  /// unless `leftAligned`.
  ///
  /// A table wider than `width` columns is cut into blocks of columns that fit, one under the
  /// other, each repeating the first column, so a narrow terminal never wraps a row.
  public static func table(
    header: [String], rows: [[String]], leftAligned: Bool = false, width: Int? = nil
  ) -> String {
    let all = [header] + rows
    let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
    return columnBlocks(widths: widths, fitting: width).map { columns in
      all.map { row in
        columns.map { column in
          let padding = String(repeating: " ", count: widths[column] - row[column].count)
          return column == 0 || leftAligned ? row[column] + padding : padding + row[column]
        }
        .joined(separator: "  ")
        .trimmingTrailingSpaces()
      }
      .joined(separator: "\n") + "\n"
    }
    .joined(separator: "\n")
  }

  /// The columns of each block: the first column, then as many of the rest as fit in `width`.
  private static func columnBlocks(widths: [Int], fitting width: Int?) -> [[Int]] {
    guard let width, widths.count > 1 else { return [Array(widths.indices)] }
    var blocks: [[Int]] = []
    var block = [0]
    var used = widths[0]
    for column in 1..<widths.count {
      if block.count > 1 && used + 2 + widths[column] > width {
        blocks.append(block)
        block = [0]
        used = widths[0]
      }
      block.append(column)
      used += 2 + widths[column]
    }
    return blocks + [block]
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var text = Substring(self)
    while text.last == " " { text = text.dropLast() }
    return String(text)
  }
}
