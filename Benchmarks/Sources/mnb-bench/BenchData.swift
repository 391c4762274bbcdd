import Foundation
import MNBData
import MNBEngine

/// The data sets, found as `mnb` finds them: `$MNB_DATA/NAME`, the cache, then
/// `/usr/share/datasets/NAME`.
enum BenchData {
  static let catalog = DatasetCatalog(
    environment: ProcessInfo.processInfo.environment, homeDirectory: NSHomeDirectory())

  static func load(_ name: String) throws(DatasetError) -> LoadedSplits {
    try catalog.load(name)
  }

  /// The splits of `name`, or `nil` when no folder holds it.
  static func loadIfPresent(_ name: String) throws(DatasetError) -> LoadedSplits? {
    do {
      return try catalog.load(name)
    } catch {
      if case .notFound = error { return nil }
      throw error
    }
  }
}

/// The size of the two products of a training pass, `X·W` and `Xᵀ·R`, over a feature matrix:
/// `X` is `rows × columns` (the bias column included), `W` and `R` have `classes` columns.
struct ProductShape {
  let rows: Int
  let columns: Int
  let classes: Int
  /// Non-zero entries of `X`, the bias column included.
  let nonzeros: Int

  init(rows: Int, columns: Int, classes: Int, nonzeros: Int) {
    self.rows = rows
    self.columns = columns
    self.classes = classes
    self.nonzeros = nonzeros
  }

  init(_ features: FeatureMatrix) {
    self.init(
      rows: features.rowCount, columns: features.columnCount, classes: features.classCount,
      nonzeros: features.nonzeroCount + features.rowCount)
  }

  /// `2·n·d·c`: the flops of one product as dense matrices.
  var denseFlops: Double { 2 * Double(rows) * Double(columns) * Double(classes) }
  /// `2·nnz·c`: the flops of one product that touch a non-zero of `X`.
  var effectiveFlops: Double { 2 * Double(nonzeros) * Double(classes) }

  var fields: [String: Any] {
    ["rows": rows, "columns": columns, "classes": classes, "nonzeros": nonzeros]
  }

  /// The rates of `products` products done in `seconds`, in GFLOP/s.
  func rates(products: Int, seconds: Double) -> [String: Any] {
    [
      "products": products,
      "dense_gflops": Double(products) * denseFlops / seconds / 1e9,
      "effective_gflops": Double(products) * effectiveFlops / seconds / 1e9,
    ]
  }
}
