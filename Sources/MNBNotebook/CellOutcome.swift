import MNBLanguage

/// How one cell's run ended.
struct CellOutcome {
  var status: ReportCell.Status
  var failure: SessionFailure?
  var seconds: Double

  init(cell: Cell, failure: SessionFailure?, seconds: Double) {
    self.failure = failure
    self.seconds = seconds
    switch failure {
    case nil:
      status = cell.expectsError ? .unexpectedSuccess : .succeeded
    case let failure? where failure.isInterruption:
      status = .interrupted
    case let failure? where failure.isTimeout:
      status = .timedOut
    default:
      status = cell.expectsError ? .failedAsExpected : .failed
    }
  }

  /// Whether no later cell should run.
  func stopsTheRun(keepingGoing: Bool) -> Bool {
    switch status {
    case .interrupted: true
    case .failed, .unexpectedSuccess, .timedOut: !keepingGoing
    case .succeeded, .failedAsExpected, .notRun: false
    }
  }
}
