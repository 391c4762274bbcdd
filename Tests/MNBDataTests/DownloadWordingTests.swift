import Foundation
import Testing

@testable import MNBData

/// The wording of the download errors and problems, checked once each.
@Suite struct DownloadWordingTests {
  static let folder = URL(fileURLWithPath: "/c/mnb/other", isDirectory: true)
  static let names = DownloadFixture.names

  @Test(arguments: [
    (
      DatasetError.downloadUnverifiable(
        name: "other", directory: folder, files: names, mirrors: ["https://example.org/k/"]),
      "cannot download data set 'other': mnb knows no SHA-256 sums for its files, so a download "
        + "could not be checked; download 'train-images-idx3-ubyte.gz', "
        + "'train-labels-idx1-ubyte.gz', 't10k-images-idx3-ubyte.gz', "
        + "'t10k-labels-idx1-ubyte.gz' by hand from 'https://example.org/k/' into "
        + "'/c/mnb/other', or into a folder 'other/' under MNB_DATA"
    ),
    (
      .invalidMirror("ftp://x/"),
      "cannot use mirror 'ftp://x/' from MNB_MIRROR: expected an http or https URL such as "
        + "'http://127.0.0.1:8000/'; separate several with commas"
    ),
    (
      .cacheUnusable(name: "mnist", directory: folder, reason: "permission denied"),
      "cannot download data set 'mnist' into '/c/mnb/other': permission denied; set "
        + "XDG_CACHE_HOME to a folder you may write"
    ),
  ])
  func wordsDownloadErrors(_ error: DatasetError, _ expected: String) {
    #expect(error.description == expected)
  }

  @Test(arguments: [
    (DownloadProblem.httpStatus(403), "answered with HTTP status 403"),
    (.htmlPage, "sent a web page instead of the data"),
    (.connectionFailed(reason: "connection refused"), "could not be fetched: connection refused"),
    (.cutShort(expected: 100, received: 10), "ended after 10 of 100 bytes"),
    (.tooLarge(limit: 200), "sent more than the limit of 200 bytes"),
    (.wrongSize(expected: 88, found: 87), "held 87 bytes after decompression instead of 88"),
    (
      .checksumMismatch(expected: "ab", found: "cd"),
      "has SHA-256 'cd' after decompression instead of 'ab'"
    ),
    (
      .compressedChecksumMismatch(expected: "ab", found: "cd"),
      "has SHA-256 'cd' as received instead of 'ab'"
    ),
    (
      .unreadable(reason: "incorrect header check"),
      "could not be decompressed: incorrect header check"
    ),
    (
      .cannotWrite(reason: "no space left on device"), "could not be saved: no space left on device"
    ),
    (.insecureRedirect(to: "http://x/"), "redirected to plain http at 'http://x/'"),
  ])
  func wordsProblems(_ problem: DownloadProblem, _ expected: String) {
    #expect(problem.description == expected)
  }
}
