extension ReportCell.Status {
  /// A fixed word for style sheets and scripts, never taken from the notebook.
  var slug: String {
    switch self {
    case .notRun: return "not-run"
    case .succeeded: return "ok"
    case .failed: return "failed"
    case .failedAsExpected: return "failed-as-expected"
    case .unexpectedSuccess: return "unexpected-success"
    case .timedOut: return "timed-out"
    case .interrupted: return "interrupted"
    }
  }

  /// True for the states a reader should notice: the cell did not end as the notebook said.
  var isProblem: Bool {
    switch self {
    case .failed, .unexpectedSuccess, .timedOut, .interrupted: return true
    case .notRun, .succeeded, .failedAsExpected: return false
    }
  }
}
