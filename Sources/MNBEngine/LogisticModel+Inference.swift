import MNBData

extension LogisticModel {
  /// The sigmoid output of every class for every row: `rowCount × classCount`, row-major.
  ///
  /// - Throws: `TrainingError.shapeMismatch` when the pixel counts differ.
  public func probabilities(for features: FeatureMatrix) throws(TrainingError) -> [Float] {
    try logits(for: features).map(Logistic.sigmoid)
  }

  /// The predicted class index of every row: the class with the largest sigmoid output.
  ///
  /// The comparison uses the logits, which rank classes as the sigmoids do but without ties
  /// where `Float` rounds sigmoids of large logits to 1; equal logits go to the lower index.
  /// - Throws: `TrainingError.shapeMismatch` when the pixel counts differ.
  public func predictions(for features: FeatureMatrix) throws(TrainingError) -> [Int] {
    let logits = try logits(for: features)
    return (0..<features.rowCount).map { row in
      let scores = logits[row * classCount..<(row + 1) * classCount]
      var best = scores.startIndex
      for index in scores.indices where scores[index] > scores[best] {
        best = index
      }
      return best - scores.startIndex
    }
  }

  /// The predictions for `features` tallied against its labels.
  ///
  /// - Throws: `TrainingError.shapeMismatch` when the pixel or class counts differ.
  public func evaluation(on features: FeatureMatrix) throws(TrainingError) -> Evaluation {
    try checkShape(of: features)
    let predictions = try predictions(for: features)
    return Evaluation(predictions: predictions, labels: features.labels, classNames: classNames)
  }

  public func probabilities(for dataset: Dataset) throws(TrainingError) -> [Float] {
    try probabilities(for: FeatureMatrix(dataset))
  }

  public func predictions(for dataset: Dataset) throws(TrainingError) -> [Int] {
    try predictions(for: FeatureMatrix(dataset))
  }

  public func evaluation(on dataset: Dataset) throws(TrainingError) -> Evaluation {
    try evaluation(on: FeatureMatrix(dataset))
  }

  /// `X·W`: `rowCount × classCount`, row-major.
  func logits(for features: FeatureMatrix) throws(TrainingError) -> [Float] {
    try checkShape(of: features, includingClasses: false)
    BLAS.setThreadCount(1)

    let n = features.rowCount
    let columns = features.columnCount
    let block = LogisticKernel.blockCapacity(
      columnCount: columns, classCount: classCount)
    var logits = [Float](repeating: 0, count: n * classCount)
    features.values.withUnsafeBufferPointer { values in
      logits.withUnsafeMutableBufferPointer { logits in
        for start in stride(from: 0, to: n, by: block) {
          BLAS.multiply(
            values.baseAddress! + start * columns, rows: min(block, n - start), inner: columns,
            leading: columns, by: weights, columns: classCount,
            into: logits.baseAddress! + start * classCount)
        }
      }
    }
    return logits
  }
}
