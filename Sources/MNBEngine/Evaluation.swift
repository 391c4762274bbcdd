/// How well a model's predictions match the labels of a data set.
public struct Evaluation: Sendable, Equatable {
  public let classNames: [String]
  /// `confusion[truth][predicted]`: how many images of class `truth` were predicted as
  /// `predicted`.
  public let confusion: [[Int]]

  /// Tallies `predictions` against `labels`, both class indices below `classNames.count`.
  public init(predictions: [Int], labels: [UInt8], classNames: [String]) {
    precondition(
      predictions.count == labels.count,
      "Evaluation.init: \(predictions.count) predictions for \(labels.count) labels")
    var confusion = Array(
      repeating: Array(repeating: 0, count: classNames.count), count: classNames.count)
    for (predicted, truth) in zip(predictions, labels) {
      confusion[Int(truth)][predicted] += 1
    }
    self.classNames = classNames
    self.confusion = confusion
  }

  public var total: Int { classCounts.reduce(0, +) }
  public var correct: Int { confusion.indices.reduce(0) { $0 + confusion[$1][$1] } }

  /// The fraction of images predicted correctly, in `[0, 1]`; 0 when there are none.
  public var accuracy: Double {
    total == 0 ? 0 : Double(correct) / Double(total)
  }

  /// Images per true class.
  public var classCounts: [Int] { confusion.map { $0.reduce(0, +) } }

  /// Images predicted correctly per true class.
  public var correctCounts: [Int] { confusion.indices.map { confusion[$0][$0] } }

  /// The accuracy within each true class; 0 for a class with no images.
  public var classAccuracies: [Double] {
    zip(correctCounts, classCounts).map { $1 == 0 ? 0 : Double($0) / Double($1) }
  }

  /// Images predicted as each class, right or wrong.
  public var predictedCounts: [Int] {
    confusion.indices.map { predicted in confusion.reduce(0) { $0 + $1[predicted] } }
  }

  /// For each class, the fraction of the images predicted as it that belong to it, in
  /// `[0, 1]`; 0 for a class never predicted.
  public var precisions: [Double] {
    zip(correctCounts, predictedCounts).map { $1 == 0 ? 0 : Double($0) / Double($1) }
  }

  /// For each class, the fraction of its images predicted as it, in `[0, 1]`; 0 for a class
  /// with no images. The same numbers as `classAccuracies`.
  public var recalls: [Double] { classAccuracies }
}
