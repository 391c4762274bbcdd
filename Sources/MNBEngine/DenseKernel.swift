/// The forward and backward passes over rows of a dense `FeatureMatrix`, in OpenBLAS.
///
/// Where most pixels are non-zero (Fashion-MNIST: half), OpenBLAS's wide vector products beat
/// the sparse kernel's gathers: blocks of rows are expanded to `Float`s and multiplied by the
/// padded weights, then the residuals by the block's transpose. Each block is summed in a fixed
/// order, so results do not depend on timing.
struct DenseKernel<V: ClassLanes> {
  /// Rows per block: the most for which a product stays within 10⁶ multiply-adds, where
  /// OpenBLAS uses its small-matrix kernels that skip packing (measured twice as fast here).
  private var blockRows: Int { min(512, max(16, 1_000_000 / (columns * V.width))) }

  let bytes: UnsafePointer<UInt8>
  let labels: UnsafePointer<UInt8>
  let scale: UnsafePointer<Float>
  let pixelsPerImage: Int
  let kind: LogisticModel.Kind
  let classCount: Int

  private var columns: Int { pixelsPerImage + 1 }

  /// As `SparseKernel.accumulate(_:weights:into:scale:)`.
  func accumulate(
    _ indices: UnsafeBufferPointer<Int32>, weights: UnsafePointer<Float>,
    into gradient: UnsafeMutablePointer<Float>, scale gradientScale: Float
  ) -> Double {
    withBlocks(of: indices) { block, rows, logits in
      multiply(block, rows: rows, weights: weights, into: logits)
      var loss = 0.0
      for (slot, index) in rows.enumerated() {
        var z = V(loading: logits + slot * V.width)
        let label = Int(labels[Int(index)])
        loss += Double(kind.replaceWithResiduals(&z, label: label, classCount: classCount))
        z.store(to: logits + slot * V.width)
      }
      BLAS.multiplyTransposed(
        block, rows: rows.count, columns: columns, leading: columns, by: logits,
        columns: V.width, into: gradient, alpha: gradientScale, beta: 1)
      return loss
    }
  }

  /// As `SparseKernel.logits(_:weights:into:)`.
  func logits(
    _ indices: UnsafeBufferPointer<Int32>, weights: UnsafePointer<Float>,
    into output: UnsafeMutablePointer<Float>
  ) {
    var done = 0
    _ = withBlocks(of: indices) { block, rows, logits in
      multiply(block, rows: rows, weights: weights, into: output + done * V.width)
      done += rows.count
      return 0
    }
  }

  /// As `SparseKernel.score(_:weights:)`.
  func score(
    _ indices: UnsafeBufferPointer<Int32>, weights: UnsafePointer<Float>
  ) -> (loss: Double, correct: Int) {
    var correct = 0
    let loss = withBlocks(of: indices) { block, rows, logits in
      multiply(block, rows: rows, weights: weights, into: logits)
      var loss = 0.0
      for (slot, index) in rows.enumerated() {
        var z = V(loading: logits + slot * V.width)
        let label = Int(labels[Int(index)])
        if SparseKernel<V>.bestClass(of: z, classCount: classCount) == label { correct += 1 }
        loss += Double(kind.replaceWithResiduals(&z, label: label, classCount: classCount))
      }
      return loss
    }
    return (loss, correct)
  }

  private func multiply(
    _ block: UnsafePointer<Float>, rows: UnsafeBufferPointer<Int32>,
    weights: UnsafePointer<Float>, into logits: UnsafeMutablePointer<Float>
  ) {
    BLAS.multiply(
      block, rows: rows.count, inner: columns, leading: columns, by: weights, columns: V.width,
      into: logits)
  }

  /// Calls `body` with each block of `indices` expanded to `Float` rows (a 1, then the scaled
  /// pixels) and a logits buffer, and returns the sum of what it returns.
  private func withBlocks(
    of indices: UnsafeBufferPointer<Int32>,
    _ body: (UnsafePointer<Float>, UnsafeBufferPointer<Int32>, UnsafeMutablePointer<Float>) ->
      Double
  ) -> Double {
    let capacity = min(blockRows, indices.count)
    let block = UnsafeMutablePointer<Float>.allocate(capacity: capacity * columns)
    let logits = UnsafeMutablePointer<Float>.allocate(capacity: capacity * V.width)
    defer {
      block.deallocate()
      logits.deallocate()
    }

    var total = 0.0
    for start in stride(from: 0, to: indices.count, by: blockRows) {
      let rows = UnsafeBufferPointer(
        rebasing: indices[start..<min(start + blockRows, indices.count)])
      expand(rows, into: block)
      total += body(block, rows, logits)
    }
    return total
  }

  private func expand(_ rows: UnsafeBufferPointer<Int32>, into block: UnsafeMutablePointer<Float>) {
    for (slot, index) in rows.enumerated() {
      let target = block + slot * columns
      let source = bytes + Int(index) * pixelsPerImage
      target[0] = 1
      // A division, which vectorises, gives the same correctly rounded values as the table.
      for column in 0..<pixelsPerImage {
        target[column + 1] = Float(source[column]) / 255
      }
    }
  }
}
