/// A small seeded random number generator (SplitMix64, Steele, Lea and Flood 2014).
///
/// The engine draws its own numbers instead of using the standard library's `random(in:using:)`
/// and `shuffle(using:)`, whose algorithms are not promised to stay the same between Swift
/// releases: the same seed must give the same weights and batch order on every machine.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) {
    state = seed
  }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `[0, 1)` on a grid of 2⁻²⁴, so every value is exact in `Float`.
  public mutating func nextUnitFloat() -> Float {
    Float(next() >> 40) * 0x1p-24
  }

  /// A number in `0..<bound`, without modulo bias (Lemire's multiply-and-reject method).
  public mutating func next(below bound: Int) -> Int {
    precondition(bound > 0, "SplitMix64.next(below:): bound \(bound) is not positive")
    let limit = UInt64(bound)
    var product = next().multipliedFullWidth(by: limit)
    if product.low < limit {
      let threshold = (0 &- limit) % limit
      while product.low < threshold {
        product = next().multipliedFullWidth(by: limit)
      }
    }
    return Int(product.high)
  }

  /// The indices `0..<count` in an order drawn by a Fisher–Yates shuffle.
  public mutating func permutation(of count: Int) -> [Int] {
    var indices = Array(0..<count)
    var remaining = count
    while remaining > 1 {
      let pick = next(below: remaining)
      remaining -= 1
      indices.swapAt(remaining, pick)
    }
    return indices
  }
}
