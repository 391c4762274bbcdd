#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The sigmoid and the logistic loss, computed from the logit so that no finite input
/// overflows.
///
/// Both use `e = exp(−|z|)`, which lies in `(0, 1]` and so never overflows: the sigmoid is
/// `1 / (1 + e)` for `z ≥ 0` and `e / (1 + e)` below, and the loss of a target `y` is
/// `max(z, 0) − y·z + log1p(e)`. For `|z|` beyond about 1e38 the loss itself is not finite in
/// `Float`, and an infinite logit gives NaN.
public enum Logistic {
  public static func sigmoid(_ logit: Float) -> Float {
    let e = expf(-abs(logit))
    return logit >= 0 ? 1 / (1 + e) : e / (1 + e)
  }

  /// The cross-entropy of the prediction `sigmoid(logit)` against `target` (0 or 1), in nats.
  public static func loss(logit: Float, target: Float) -> Float {
    max(logit, 0) - target * logit + log1pf(expf(-abs(logit)))
  }

  /// The sigmoid and the loss together, sharing one exponential.
  @inline(__always)
  static func sigmoidAndLoss(logit: Float, target: Float) -> (sigmoid: Float, loss: Float) {
    let e = expf(-abs(logit))
    let sigmoid = logit >= 0 ? 1 / (1 + e) : e / (1 + e)
    return (sigmoid, max(logit, 0) - target * logit + log1pf(e))
  }
}
