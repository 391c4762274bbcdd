/// The fused forward and backward pass of one-vs-rest logistic regression over a block of rows.
///
/// Reading a block once for both products keeps it in cache between them, so an epoch reads
/// the feature matrix from memory once; blocks of a few hundred rows also run faster in
/// OpenBLAS than one product over all rows when there are only a few classes.
final class LogisticKernel {
  let columnCount: Int
  let classCount: Int
  /// The most rows one call takes; see `blockCapacity(columnCount:classCount:)`.
  let blockCapacity: Int
  /// `blockCapacity × classCount` scratch: the logits, then the residuals `σ(z) − y`.
  private let logits: UnsafeMutablePointer<Float>

  init(columnCount: Int, classCount: Int) {
    self.columnCount = columnCount
    self.classCount = classCount
    blockCapacity = Self.blockCapacity(columnCount: columnCount, classCount: classCount)
    logits = .allocate(capacity: blockCapacity * classCount)
  }

  deinit {
    logits.deallocate()
  }

  /// Rows per block: the most for which both products stay within 10⁶ multiply-adds, capped
  /// at 512 rows.
  ///
  /// OpenBLAS sends products of at most 10⁶ multiply-adds to its small-matrix kernels, which
  /// skip packing. Measured on 60000 × 785 features and 10 classes (single thread, AMD EPYC),
  /// both products took 32–33 ms per epoch in blocks of 120–127 rows and 59–62 ms in blocks
  /// of 128–1024, where the general path takes over.
  static func blockCapacity(columnCount: Int, classCount: Int) -> Int {
    let rows = 1_000_000 / max(1, columnCount * classCount)
    return min(512, max(16, rows))
  }

  /// Adds `scale · Xᵀ·(σ(X·W) − Y)` to `gradient` for the block `X` of `count` rows, where `Y`
  /// is the one-hot encoding of `labels`, and returns the block's logistic loss summed over
  /// rows and classes.
  ///
  /// - Parameters:
  ///   - rows: `count × columnCount` features, row-major and contiguous.
  ///   - weights, gradient: `columnCount × classCount`, row-major.
  func accumulate(
    rows: UnsafePointer<Float>, labels: UnsafePointer<UInt8>, count: Int,
    weights: UnsafePointer<Float>, into gradient: UnsafeMutablePointer<Float>, scale: Float
  ) -> Double {
    precondition(
      (1...blockCapacity).contains(count),
      "LogisticKernel.accumulate: block of \(count) rows, capacity \(blockCapacity)")
    BLAS.multiply(
      rows, rows: count, inner: columnCount, leading: columnCount,
      by: weights, columns: classCount, into: logits)

    let loss = replaceLogitsWithResiduals(labels: labels, count: count)

    BLAS.multiplyTransposed(
      rows, rows: count, columns: columnCount, leading: columnCount,
      by: logits, columns: classCount, into: gradient, alpha: scale, beta: 1)
    return loss
  }

  private func replaceLogitsWithResiduals(labels: UnsafePointer<UInt8>, count: Int) -> Double {
    var total = 0.0
    for row in 0..<count {
      let label = Int(labels[row])
      let rowLogits = logits + row * classCount
      var rowLoss: Float = 0
      for c in 0..<classCount {
        let target: Float = c == label ? 1 : 0
        let (sigmoid, loss) = Logistic.sigmoidAndLoss(logit: rowLogits[c], target: target)
        rowLogits[c] = sigmoid - target
        rowLoss += loss
      }
      total += Double(rowLoss)
    }
    return total
  }
}
