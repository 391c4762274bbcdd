/// Exponential and logarithm on four lanes at once, for the kernel's per-row losses.
///
/// The baseline x86-64 target has no vector `exp` or `log`, and calling the scalar ones for
/// every class of every row cost a fifth of an epoch. These trade the last ulp or two for
/// speed: relative error below 2e-7 for `exp`, absolute error below 1e-7 for `log1p`. The
/// public `Logistic` and `Softmax` functions keep the correctly rounded library calls.
enum LaneMath {
  /// `e^x` for `x ≤ 0`; inputs below −87 give about 1e-38 instead of an underflow.
  ///
  /// Splits `x = k·ln 2 + r` with `|r| ≤ ln 2 / 2`, takes `e^r` from its Taylor series to
  /// degree 6 (truncation error below 1.3e-7) and builds `2^k` from its exponent bits.
  @inline(__always)
  static func exp(_ x: SIMD4<Float>) -> SIMD4<Float> {
    let x = x.replacing(with: -87, where: x .< -87)

    // Adding 1.5·2²³ rounds to an integer and leaves it in the low mantissa bits.
    let shifter: Float = 12_582_912
    let shifted = x * 1.442_695 + shifter
    let k = shifted - shifter
    let r = (x - k * 0.693_145_75) - k * 1.428_606_8e-6

    var p: SIMD4<Float> = SIMD4(repeating: 1 / 720)
    p = p * r + 1 / 120
    p = p * r + 1 / 24
    p = p * r + 1 / 6
    p = p * r + 0.5
    p = p * r + 1
    p = p * r + 1

    let kBits = unsafeBitCast(shifted, to: SIMD4<Int32>.self) &- 0x4B40_0000
    let scale = unsafeBitCast((kBits &+ 127) &<< 23, to: SIMD4<Float>.self)
    return p * scale
  }

  /// `ln(1 + e)` for `e` in `[0, 1]`.
  ///
  /// With `u = 1 + e` taken as `2^j · (1 + f)`, `j` in {0, 1} and `1 + f` in `[0.707, 1.415]`,
  /// `ln u = j·ln 2 + 2·atanh(s)` with `s = f / (2 + f)`, `|s| ≤ 0.172`, whose odd series to
  /// `s⁹` is exact to 3e-10. Taking `f` from `e` rather than from the rounded `1 + e` keeps
  /// small `e` exact.
  @inline(__always)
  static func log1p(_ e: SIMD4<Float>) -> SIMD4<Float> {
    let isHigh = e .> 0.414_213_56
    let f = e.replacing(with: (e - 1) * 0.5, where: isHigh)
    let s = f / (f + 2)
    let s2 = s * s

    var series: SIMD4<Float> = SIMD4(repeating: 1 / 9)
    series = series * s2 + 1 / 7
    series = series * s2 + 1 / 5
    series = series * s2 + 1 / 3
    series = series * s2 + 1
    let log = 2 * s * series
    return log.replacing(with: log + 0.693_147_18, where: isHigh)
  }
}
