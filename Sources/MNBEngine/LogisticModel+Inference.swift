import MNBData

extension LogisticModel {
  /// The model's output for every class of every row: `rowCount × classCount`, row-major.
  /// One-vs-rest gives each class's sigmoid; softmax gives probabilities that sum to 1.
  ///
  /// - Throws: `TrainingError.shapeMismatch` when the pixel counts differ.
  public func probabilities(for features: FeatureMatrix) throws(TrainingError) -> [Float] {
    let logits = try logits(for: features)
    switch kind {
    case .oneVsRest:
      return logits.map(Logistic.sigmoid)
    case .softmax:
      return (0..<features.rowCount).flatMap { row in
        Softmax.probabilities(logits: Array(logits[row * classCount..<(row + 1) * classCount]))
      }
    }
  }

  /// The predicted class index of every row: the class with the largest output.
  ///
  /// The comparison uses the logits, which rank classes as the outputs do but without ties
  /// where `Float` rounds outputs of large logits to 1; equal logits go to the lower index.
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

  /// `X·W`: `rowCount × classCount`, row-major, computed on two threads.
  public func logits(for features: FeatureMatrix) throws(TrainingError) -> [Float] {
    try checkShape(of: features, includingClasses: false)
    guard features.rowCount > 0 else { return [] }

    let rows = (0..<Int32(features.rowCount)).map { $0 }
    return features.withSparseRows { sparse in
      let kernel = RowKernel(rows: sparse, kind: kind, classCount: classCount)
      let padded = UnsafeMutableBufferPointer<Float>.allocate(
        capacity: features.rowCount * kernel.laneWidth)
      defer { padded.deallocate() }
      let padding = UnsafeMutableBufferPointer<Float>.allocate(
        capacity: weights.count / classCount * kernel.laneWidth)
      defer { padding.deallocate() }
      kernel.pad(weights, classCount: classCount, into: padding)

      rows.withUnsafeBufferPointer { rows in
        let (first, second) = RowHalves.parts(of: rows)
        RowHalves.run(isSplit: second != nil, threadCount: 2) { half in
          let offset = half == 0 ? 0 : first.count * kernel.laneWidth
          kernel.logits(
            half == 0 ? first : second!, UnsafePointer(padding.baseAddress!),
            padded.baseAddress! + offset)
        }
      }
      return kernel.unpad(UnsafeBufferPointer(padded), classCount: classCount)
    }
  }
}
