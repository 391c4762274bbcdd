/// Why one URL did not give a good copy of a file. `description` words it as a clause that
/// follows the URL, without commas, so that several can be listed in one message.
public enum DownloadProblem: Error, Sendable, Equatable {
  /// The server answered with a status other than 2xx.
  case httpStatus(Int)
  /// The server sent a web page (by its Content-Type or its first bytes) instead of data.
  case htmlPage
  /// No connection, or it broke; `reason` is the system's wording.
  case connectionFailed(reason: String)
  /// The body ended before the length the server announced.
  case cutShort(expected: Int, received: Int)
  /// More than `limit` bytes came, or were announced.
  case tooLarge(limit: Int)
  /// The content was not the expected size after decompression.
  case wrongSize(expected: Int, found: Int)
  case checksumMismatch(expected: String, found: String)
  /// The file as received, still gzip-compressed, does not have the published SHA-256.
  case compressedChecksumMismatch(expected: String, found: String)
  /// The content could not be decompressed or read; `reason` says why.
  case unreadable(reason: String)
  /// The temporary file could not be written; `reason` is the system's wording.
  case cannotWrite(reason: String)
  /// An https mirror redirected to plain http, which is refused.
  case insecureRedirect(to: String)
}

extension DownloadProblem: CustomStringConvertible {
  public var description: String {
    switch self {
    case .httpStatus(let status):
      return "answered with HTTP status \(status)"
    case .htmlPage:
      return "sent a web page instead of the data"
    case .connectionFailed(let reason):
      return "could not be fetched: \(reason)"
    case .cutShort(let expected, let received):
      return "ended after \(received) of \(expected) bytes"
    case .tooLarge(let limit):
      return "sent more than the limit of \(limit) bytes"
    case .wrongSize(let expected, let found):
      return "held \(found) bytes after decompression instead of \(expected)"
    case .checksumMismatch(let expected, let found):
      return "has SHA-256 '\(found)' after decompression instead of '\(expected)'"
    case .compressedChecksumMismatch(let expected, let found):
      return "has SHA-256 '\(found)' as received instead of '\(expected)'"
    case .unreadable(let reason):
      return "could not be decompressed: \(reason)"
    case .cannotWrite(let reason):
      return "could not be saved: \(reason)"
    case .insecureRedirect(let target):
      return "redirected to plain http at '\(target)'"
    }
  }
}
