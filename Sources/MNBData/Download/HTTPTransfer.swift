import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// One HTTP GET streamed into an open file, with a bound on the bytes accepted.
///
/// URLSession calls the delegate methods on its own queue; the waiting thread reads the counts
/// through `snapshot()`, so every piece of state sits behind `lock`.
final class HTTPTransfer: NSObject, URLSessionDataDelegate, @unchecked Sendable {
  /// What the transfer has done so far.
  struct Snapshot {
    var received = 0
    /// The length the server announced, or nil when it announced none.
    var announced: Int?
    var problem: DownloadProblem?
    var isFinished = false
  }

  private let descriptor: Int32
  private let limit: Int
  private let lock = NSLock()
  private var state = Snapshot()
  let finished = DispatchSemaphore(value: 0)

  /// - Parameters:
  ///   - descriptor: an open file the body is appended to; the caller closes it.
  ///   - limit: the most bytes accepted, announced or received.
  init(writingTo descriptor: Int32, limit: Int) {
    self.descriptor = descriptor
    self.limit = limit
  }

  func snapshot() -> Snapshot {
    lock.withLock { state }
  }

  func urlSession(
    _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
  ) {
    let problem = Self.problem(with: response, limit: limit)
    lock.withLock {
      state.problem = state.problem ?? problem
      let length = response.expectedContentLength
      state.announced = length >= 0 ? Int(length) : nil
    }
    completionHandler(problem == nil ? .allow : .cancel)
  }

  func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
    let problem: DownloadProblem? = lock.withLock {
      guard state.problem == nil else { return nil }
      guard state.received + data.count <= limit else { return .tooLarge(limit: limit) }
      if let failure = Self.write(data, to: descriptor) { return failure }
      state.received += data.count
      return nil
    }
    if let problem { fail(dataTask, with: problem) }
  }

  func urlSession(
    _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection: HTTPURLResponse,
    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
  ) {
    let isDowngrade =
      task.originalRequest?.url?.scheme == "https" && request.url?.scheme != "https"
    if isDowngrade {
      fail(task, with: .insecureRedirect(to: request.url?.absoluteString ?? ""))
    }
    completionHandler(isDowngrade ? nil : request)
  }

  /// Foundation's wording names error domains and codes; say what happened instead.
  private static func reason(for error: Error) -> String {
    switch (error as? URLError)?.code {
    case .timedOut?: "the server stopped answering"
    case .cannotConnectToHost?: "the connection was refused"
    case .cannotFindHost?: "the host name is unknown"
    case .notConnectedToInternet?: "there is no network"
    case .networkConnectionLost?: "the connection was lost"
    default: error.localizedDescription.lowercased()
    }
  }

  func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
    lock.withLock {
      if state.problem == nil, let announced = state.announced, state.received < announced {
        state.problem = .cutShort(expected: announced, received: state.received)
      }
      if state.problem == nil, let error {
        state.problem = .connectionFailed(reason: Self.reason(for: error))
      }
      state.isFinished = true
    }
    finished.signal()
  }

  /// Records `problem`, unless one is already known, and stops the task.
  func fail(_ task: URLSessionTask, with problem: DownloadProblem) {
    lock.withLock { state.problem = state.problem ?? problem }
    task.cancel()
  }

  private static func problem(with response: URLResponse, limit: Int) -> DownloadProblem? {
    if let http = response as? HTTPURLResponse {
      guard (200..<300).contains(http.statusCode) else { return .httpStatus(http.statusCode) }
    }
    if response.mimeType?.lowercased() == "text/html" { return .htmlPage }
    if response.expectedContentLength > Int64(limit) { return .tooLarge(limit: limit) }
    return nil
  }

  private static func write(_ data: Data, to descriptor: Int32) -> DownloadProblem? {
    let code = DescriptorWriter.writeAll(data, to: descriptor)
    guard code != 0 else { return nil }
    return .cannotWrite(reason: String(cString: strerror(code)).lowercased())
  }
}
