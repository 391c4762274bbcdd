import Foundation
import MNBEngine

/// A model's weights as comma-separated text.
public enum WeightsCSV {
  /// A header line `input,CLASS…`, then the bias row (`bias,…`) and one row per pixel
  /// (`pixel_0,…`), each with one value per class.
  ///
  /// Values are written with nine significant digits, which reads back as the same Float32.
  /// A class name holding a comma, a quote or a line break is quoted, its quotes doubled.
  public static func text(of model: LogisticModel) -> String {
    var lines = [(["input"] + model.classNames.map(quoted)).joined(separator: ",")]
    lines.reserveCapacity(model.weightRowCount + 1)
    for row in 0..<model.weightRowCount {
      let label = row == 0 ? "bias" : "pixel_\(row - 1)"
      let start = row * model.classCount
      let values = model.weights[start..<start + model.classCount].map(number)
      lines.append(([label] + values).joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func number(_ value: Float) -> String {
    String(format: "%.9g", Double(value))
  }

  static func quoted(_ field: String) -> String {
    guard field.contains(where: { ",\"\r\n".contains($0) }) else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
