import Foundation

/// Checks that a file holds what a `DownloadFile` promises: its size and SHA-256 after
/// decompression (or as it is, when it is not gzip-compressed).
enum DownloadVerifier {
  /// Bytes hashed between two questions to the monitor.
  static let sliceBytes = 1 << 20

  /// Why the file at `url` is not a good copy of `expected`, or nil when it is.
  ///
  /// Reads in slices, so memory stays bounded whatever the file holds, and stops as soon as the
  /// content grows past the expected size.
  ///
  /// - Throws: `IDXError.cancelled` when the monitor asks to stop, `.cannotOpen` or `.notAFile`
  ///   when the file cannot be opened.
  static func problem(
    with url: URL, expected: DownloadFile, monitor: LoadMonitor
  ) throws(IDXError) -> DownloadProblem? {
    let file = try FileByteSource(url: url)
    let isCompressed = try file.readBytes(upTo: 2) == [0x1f, 0x8b]
    try file.rewind()

    do {
      let source: any ByteSource = isCompressed ? try GzipByteSource(input: file, url: url) : file
      return try problem(with: source, expected: expected, url: url, monitor: monitor)
    } catch .cancelled(let url) {
      throw .cancelled(url)
    } catch .gzipCutShort(_, let decompressed) {
      return .unreadable(reason: "the gzip stream ends early, after \(decompressed) bytes")
    } catch .corruptGzip(_, let reason) {
      return .unreadable(reason: reason)
    } catch {
      return .unreadable(reason: error.description)
    }
  }

  private static func problem(
    with source: any ByteSource, expected: DownloadFile, url: URL, monitor: LoadMonitor
  ) throws(IDXError) -> DownloadProblem? {
    var digest = SHA256()
    var total = 0
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: sliceBytes, alignment: 1)
    defer { buffer.deallocate() }

    while true {
      if monitor.isCancelled() { throw .cancelled(url) }
      let count = try source.readFully(into: buffer)
      if count == 0 { break }
      total += count
      if total > expected.size { return .wrongSize(expected: expected.size, found: total) }
      digest.update(UnsafeRawBufferPointer(rebasing: buffer[..<count]))
    }

    guard total == expected.size else { return .wrongSize(expected: expected.size, found: total) }
    let found = digest.hexDigest()
    guard let sum = expected.sha256, found == sum.lowercased() else {
      return .checksumMismatch(expected: expected.sha256 ?? "", found: found)
    }
    return nil
  }
}
