import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// Fetches one URL at a time into an open file, reporting progress and stopping on request.
struct URLFetcher: Sendable {
  /// Seconds without any data before a transfer is given up.
  var timeout: TimeInterval = 30

  /// How often the monitor is asked whether to stop, in milliseconds.
  static let pollMilliseconds = 100

  /// Streams the body of `url` into the file open at `descriptor`.
  ///
  /// - Parameters:
  ///   - limit: the most bytes accepted; a larger body is cut off and reported.
  ///   - expectedSize: the size reported to the monitor when the server announces none.
  ///   - file: how a cancellation names the file being fetched.
  /// - Returns: what went wrong, or nil when the whole body arrived.
  /// - Throws: `IDXError.cancelled(file)` when the monitor asks to stop.
  func fetch(
    _ url: String, into descriptor: Int32, limit: Int, expectedSize: Int, file: URL,
    monitor: LoadMonitor
  ) throws(IDXError) -> DownloadProblem? {
    guard let address = URL(string: url) else {
      return .connectionFailed(reason: "not a valid URL")
    }
    let transfer = HTTPTransfer(writingTo: descriptor, limit: limit)
    let session = URLSession(
      configuration: configuration(), delegate: transfer, delegateQueue: nil)
    defer { session.finishTasksAndInvalidate() }

    let task = session.dataTask(with: address)
    task.resume()
    while transfer.finished.wait(timeout: .now() + .milliseconds(Self.pollMilliseconds))
      == .timedOut
    {
      if monitor.isCancelled() {
        task.cancel()
        _ = transfer.finished.wait(timeout: .now() + .seconds(5))
        throw .cancelled(file)
      }
      report(transfer.snapshot(), expectedSize: expectedSize, to: monitor)
    }

    let outcome = transfer.snapshot()
    report(outcome, expectedSize: expectedSize, to: monitor)
    return outcome.problem
  }

  private func configuration() -> URLSessionConfiguration {
    let configuration = URLSessionConfiguration.ephemeral
    configuration.timeoutIntervalForRequest = timeout
    configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
    configuration.urlCache = nil
    configuration.httpAdditionalHeaders = ["User-Agent": "mnb"]
    return configuration
  }

  private func report(
    _ snapshot: HTTPTransfer.Snapshot, expectedSize: Int, to monitor: LoadMonitor
  ) {
    monitor.progress(snapshot.received, snapshot.announced ?? expectedSize)
  }
}
