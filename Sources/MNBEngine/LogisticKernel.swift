/// The fused forward and backward pass of one-vs-rest logistic regression over a block of rows.
///
/// Reading a block once for both products keeps it in cache between them, so an epoch reads
/// the feature matrix from memory once; blocks of a few hundred rows also run faster in
/// OpenBLAS than one product over all rows when there are only a few classes.
final class LogisticKernel {
  /// Rows per block: small enough for a block of 785 columns to stay in a 2 MiB L2 cache.
  static let blockCapacity = 256

  let columnCount: Int
  let classCount: Int
  /// `blockCapacity × classCount` scratch: the logits, then the residuals `σ(z) − y`.
  private let logits: UnsafeMutablePointer<Float>

  init(columnCount: Int, classCount: Int) {
    self.columnCount = columnCount
    self.classCount = classCount
    logits = .allocate(capacity: Self.blockCapacity * classCount)
  }

  deinit {
    logits.deallocate()
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
      (1...Self.blockCapacity).contains(count),
      "LogisticKernel.accumulate: block of \(count) rows, capacity \(Self.blockCapacity)")
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
