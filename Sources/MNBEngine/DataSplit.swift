/// The rows a training call learns from and the rows it holds out for validation, each in
/// ascending order.
struct DataSplit {
  let training: [Int32]
  let validation: [Int32]

  /// Holds out `validationCount` of `rowCount` rows, chosen by a shuffle drawn from `seed`.
  init(rowCount: Int, validationCount: Int, seed: UInt64) {
    guard validationCount > 0 else {
      training = (0..<Int32(rowCount)).map { $0 }
      validation = []
      return
    }

    // A constant mixed into the seed keeps the split's stream apart from the batch orders'.
    var generator = SplitMix64(seed: seed ^ 0x5EED_5EED_0000_0001)
    let order = generator.permutation(of: rowCount)
    validation = order[..<validationCount].map { Int32($0) }.sorted()
    training = order[validationCount...].map { Int32($0) }.sorted()
  }
}
