import Foundation

/// Checks that a file holds what a `DownloadFile` promises: first the SHA-256 of the file as
/// it is, when the compressed form's sum is known, then the size and SHA-256 of the content
/// after decompression (or as it is, when it is not gzip-compressed), when that sum is known.
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
    if let sum = expected.compressedSHA256?.lowercased() {
      let stored = try digest(
        of: FileByteSource(url: url), url: url, limit: expected.downloadLimit, monitor: monitor)
      guard let found = stored.sha256 else { return .tooLarge(limit: expected.downloadLimit) }
      guard found == sum else { return .compressedChecksumMismatch(expected: sum, found: found) }
    }

    guard expected.sha256 != nil else { return nil }
    return try contentProblem(with: url, expected: expected, monitor: monitor)
  }

  /// Why the decompressed content of the file at `url` does not match `expected`, or nil.
  private static func contentProblem(
    with url: URL, expected: DownloadFile, monitor: LoadMonitor
  ) throws(IDXError) -> DownloadProblem? {
    let file = try FileByteSource(url: url)
    let isCompressed = try file.readBytes(upTo: 2) == [0x1f, 0x8b]
    try file.rewind()

    do {
      let source: any ByteSource = isCompressed ? try GzipByteSource(input: file, url: url) : file
      let content = try digest(of: source, url: url, limit: expected.size, monitor: monitor)
      guard let found = content.sha256, content.byteCount == expected.size else {
        return .wrongSize(expected: expected.size, found: content.byteCount)
      }
      guard let sum = expected.sha256, found == sum.lowercased() else {
        return .checksumMismatch(expected: expected.sha256 ?? "", found: found)
      }
      return nil
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

  /// The SHA-256 of everything `source` holds, and its length; the sum is nil when the
  /// content grows past `limit` bytes, where reading stops.
  private static func digest(
    of source: any ByteSource, url: URL, limit: Int, monitor: LoadMonitor
  ) throws(IDXError) -> (sha256: String?, byteCount: Int) {
    var digest = SHA256()
    var total = 0
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: sliceBytes, alignment: 1)
    defer { buffer.deallocate() }

    while true {
      if monitor.isCancelled() { throw .cancelled(url) }
      let count = try source.readFully(into: buffer)
      if count == 0 { break }
      total += count
      if total > limit { return (nil, total) }
      digest.update(UnsafeRawBufferPointer(rebasing: buffer[..<count]))
    }
    return (digest.hexDigest(), total)
  }
}
