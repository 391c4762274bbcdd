#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The softmax and the cross-entropy loss, computed from the logits so that no finite input
/// overflows.
///
/// Both shift the logits by their maximum `m` first, so every exponential lies in `(0, 1]` and
/// their sum in `[1, classCount]`: the probability of class `c` is `exp(zc − m) / s` with
/// `s = Σ exp(zk − m)`, and the loss of label `y` is `log(s) − (zy − m)`, which is 0 or more.
/// An infinite logit gives NaN.
public enum Softmax {
  /// The probability of each class; they sum to 1 up to rounding.
  public static func probabilities(logits: [Float]) -> [Float] {
    let m = logits.max() ?? 0
    let exponentials = logits.map { expf($0 - m) }
    let sum = exponentials.reduce(0, +)
    return exponentials.map { $0 / sum }
  }

  /// The cross-entropy of the softmax of `logits` against class `label`, in nats.
  public static func loss(logits: [Float], label: Int) -> Float {
    let m = logits.max() ?? 0
    let sum = logits.reduce(Float(0)) { $0 + expf($1 - m) }
    return logf(sum) - (logits[label] - m)
  }
}

extension LogisticModel.Kind {
  /// Replaces the first `classCount` lanes of `logits` by the derivative of the row's loss
  /// with respect to each logit, and the other lanes by 0, and returns that loss.
  ///
  /// One-vs-rest gives `σ(zc) − yc` and the logistic losses summed over classes; softmax gives
  /// `pc − yc` and the cross-entropy. Both work on four lanes at a time with `LaneMath`.
  @inline(__always)
  func replaceWithResiduals<V: ClassLanes>(
    _ logits: inout V, label: Int, classCount: Int
  ) -> Float {
    withUnsafeMutablePointer(to: &logits) { pointer in
      pointer.withMemoryRebound(to: SIMD4<Float>.self, capacity: V.width / 4) { chunks in
        let lanes = LaneChunks(chunks: chunks, count: V.width / 4, classCount: classCount)
        switch self {
        case .oneVsRest: return lanes.replaceWithLogisticResiduals(label: label)
        case .softmax: return lanes.replaceWithSoftmaxResiduals(label: label)
        }
      }
    }
  }
}

/// A row of logits seen as 4-lane chunks, the first `classCount` lanes in use.
struct LaneChunks {
  let chunks: UnsafeMutablePointer<SIMD4<Float>>
  let count: Int
  let classCount: Int

  private static let laneIndices = SIMD4<Int32>(0, 1, 2, 3)

  @inline(__always)
  private func isActive(_ chunk: Int) -> SIMDMask<SIMD4<Int32>> {
    Self.laneIndices &+ Int32(4 * chunk) .< Int32(classCount)
  }

  @inline(__always)
  private func target(_ chunk: Int, label: Int) -> SIMD4<Float> {
    let isLabel = Self.laneIndices &+ Int32(4 * chunk) .== Int32(label)
    return SIMD4<Float>.zero.replacing(with: 1, where: isLabel)
  }

  @inline(__always)
  func replaceWithLogisticResiduals(label: Int) -> Float {
    var loss = SIMD4<Float>.zero
    for c in 0..<count {
      let z = chunks[c]
      let isNegative = z .< 0
      let e = LaneMath.exp(z.replacing(with: -z, where: .!isNegative))
      let sigmoid = SIMD4<Float>(repeating: 1).replacing(with: e, where: isNegative) / (1 + e)

      let y = target(c, label: label)
      let classLoss = pointwiseMax(z, .zero) - y * z + LaneMath.log1p(e)
      let isInactive = .!isActive(c)
      chunks[c] = (sigmoid - y).replacing(with: 0, where: isInactive)
      loss += classLoss.replacing(with: 0, where: isInactive)
    }
    return loss.sum()
  }

  @inline(__always)
  func replaceWithSoftmaxResiduals(label: Int) -> Float {
    let labelLogit = chunks[label / 4][label % 4]
    var maxima = SIMD4<Float>(repeating: -.greatestFiniteMagnitude)
    for c in 0..<count {
      maxima = pointwiseMax(
        maxima, chunks[c].replacing(with: -.greatestFiniteMagnitude, where: .!isActive(c)))
    }
    let m = maxima.max()

    var sums = SIMD4<Float>.zero
    for c in 0..<count {
      let e = LaneMath.exp((chunks[c] - m).replacing(with: -100, where: .!isActive(c)))
      chunks[c] = e.replacing(with: 0, where: .!isActive(c))
      sums += chunks[c]
    }
    let sum = sums.sum()

    let inverse = 1 / sum
    for c in 0..<count {
      chunks[c] = chunks[c] * inverse - target(c, label: label)
      chunks[c].replace(with: 0, where: .!isActive(c))
    }
    return logf(sum) - (labelLogit - m)
  }
}
