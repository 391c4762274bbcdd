/// The forward and backward passes of a linear model over rows of a `FeatureMatrix`, in its
/// compact layout, for one class width `V`.
///
/// Weights and gradients are padded: `columnCount` rows of `V.width` floats, row 0 the bias,
/// lanes past `classCount` zero. The forward pass gathers one weight row per non-zero pixel,
/// the backward pass adds one gradient row per non-zero pixel, and both run over a row while
/// its pixels are in cache, so a pass over the data reads it once. Each call visits its rows in
/// the order given and sums in a fixed order, so its result does not depend on timing.
struct SparseKernel<V: ClassLanes> {
  let rows: SparseRows
  let kind: LogisticModel.Kind
  let classCount: Int

  /// Adds `scale ·` the gradient of the summed loss of `indices` to `gradient` and returns
  /// that summed loss (over rows, and over classes for one-vs-rest).
  func accumulate(
    _ indices: UnsafeBufferPointer<Int32>, weights: UnsafePointer<Float>,
    into gradient: UnsafeMutablePointer<Float>, scale: Float
  ) -> Double {
    let pixelWeights = weights + V.width
    let pixelGradient = gradient + V.width
    var biasGradient = V(loading: gradient)
    var loss = 0.0

    for index in indices {
      let row = Int(index)
      let start = rows.rowStarts[row]
      let end = rows.rowStarts[row + 1]
      var logits = V(loading: weights) + dot(start, end, pixelWeights)

      let label = Int(rows.labels[row])
      loss += Double(kind.replaceWithResiduals(&logits, label: label, classCount: classCount))

      let residuals = scale * logits
      biasGradient = biasGradient + residuals
      for k in start..<end {
        let (offset, x) = pixel(k)
        let target = pixelGradient + offset
        (V(loading: target) + x * residuals).store(to: target)
      }
    }

    biasGradient.store(to: gradient)
    return loss
  }

  /// Writes the logits of each row in `indices` to `logits`, `V.width` floats per row.
  func logits(
    _ indices: UnsafeBufferPointer<Int32>, weights: UnsafePointer<Float>,
    into logits: UnsafeMutablePointer<Float>
  ) {
    let pixelWeights = weights + V.width
    for (slot, index) in indices.enumerated() {
      let row = Int(index)
      let z = V(loading: weights) + dot(rows.rowStarts[row], rows.rowStarts[row + 1], pixelWeights)
      z.store(to: logits + slot * V.width)
    }
  }

  /// The summed loss of `indices` and how many of them the model classifies correctly.
  func score(
    _ indices: UnsafeBufferPointer<Int32>, weights: UnsafePointer<Float>
  ) -> (loss: Double, correct: Int) {
    let pixelWeights = weights + V.width
    var loss = 0.0
    var correct = 0
    for index in indices {
      let row = Int(index)
      var z = V(loading: weights) + dot(rows.rowStarts[row], rows.rowStarts[row + 1], pixelWeights)
      let label = Int(rows.labels[row])
      if Self.bestClass(of: z, classCount: classCount) == label { correct += 1 }
      loss += Double(kind.replaceWithResiduals(&z, label: label, classCount: classCount))
    }
    return (loss, correct)
  }

  /// The class with the largest logit; ties go to the lower index.
  @inline(__always)
  static func bestClass(of logits: V, classCount: Int) -> Int {
    var best = 0
    for c in 1..<max(1, classCount) where logits[c] > logits[best] {
      best = c
    }
    return best
  }

  /// `Σ x_k · W[position_k]` over the stored pixels `start..<end`.
  ///
  /// Two running sums, for even and odd pixels, halve the chain of dependent additions that
  /// would otherwise bound the loop by the adder's latency.
  @inline(__always)
  private func dot(_ start: Int, _ end: Int, _ weights: UnsafePointer<Float>) -> V {
    var even = V.zero
    var odd = V.zero
    var k = start
    while k + 1 < end {
      let (offset0, x0) = pixel(k)
      let (offset1, x1) = pixel(k + 1)
      even = even + x0 * V(loading: weights + offset0)
      odd = odd + x1 * V(loading: weights + offset1)
      k += 2
    }
    if k < end {
      let (offset, x) = pixel(k)
      even = even + x * V(loading: weights + offset)
    }
    return even + odd
  }

  /// The offset of stored pixel `k`'s weight row from the first pixel row, and its value.
  @inline(__always)
  private func pixel(_ k: Int) -> (offset: Int, value: Float) {
    let entry = rows.entries[k]
    return (Int(entry >> 8) * V.width, rows.scale[Int(entry & 0xFF)])
  }
}
