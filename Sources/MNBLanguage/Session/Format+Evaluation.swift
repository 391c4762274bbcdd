import Foundation
import MNBEngine

extension Format {
  /// Per class: images, how many the model predicted as it, precision and recall.
  static func classTable(of evaluation: Evaluation, width: Int? = nil) -> String {
    let rows = evaluation.classNames.indices.map { index in
      [
        evaluation.classNames[index], String(evaluation.classCounts[index]),
        String(evaluation.predictedCounts[index]),
        fraction(evaluation.precisions[index]), fraction(evaluation.recalls[index]),
      ]
    }
    return table(
      header: ["class", "images", "predicted", "precision", "recall"], rows: rows, width: width)
  }

  /// The confusion matrix: a row per true class, a column per predicted class. Columns are
  /// headed by class numbers, so long class names do not widen every column.
  static func confusionTable(of evaluation: Evaluation, width: Int? = nil) -> String {
    let names = evaluation.classNames
    let namesAreNumbers = names.enumerated().allSatisfy { $0.element == String($0.offset) }
    let rows = evaluation.confusion.enumerated().map { index, counts in
      [namesAreNumbers ? names[index] : "\(index) \(names[index])"] + counts.map(String.init)
    }
    let header = ["true \\ predicted"] + names.indices.map(String.init)
    return "\nconfusion matrix: rows are true classes, columns predicted\n"
      + table(header: header, rows: rows, width: width)
  }
}
