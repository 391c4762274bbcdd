/// Rows and columns for `count` panels, wider than tall: ten panels give 2×5.
struct GridLayout: Sendable, Equatable {
  var rows: Int
  var columns: Int

  init(rows: Int, columns: Int) {
    self.rows = rows
    self.columns = columns
  }

  /// `aspect` is the wanted ratio of columns to rows; the last row may be short.
  init(count: Int, aspect: Double = 2.5) {
    precondition(count > 0, "GridLayout.init: count \(count)")
    let wanted = Int((Double(count) * aspect).squareRoot().rounded(.up))
    let columns = max(1, min(count, wanted))
    rows = (count + columns - 1) / columns
    self.columns = (count + rows - 1) / rows
  }
}
