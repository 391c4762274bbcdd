/// One URL tried for a file, and what went wrong with it.
public struct DownloadAttempt: Sendable, Equatable {
  public let url: String
  public let problem: DownloadProblem

  public init(url: String, problem: DownloadProblem) {
    self.url = url
    self.problem = problem
  }
}
