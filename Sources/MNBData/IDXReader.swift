import Foundation

/// Reads IDX files of unsigned bytes, raw or gzip-compressed.
///
/// Compression is recognised by the gzip magic bytes, not by the file name. The header is read
/// and checked (type, dimensions, memory limit, file length) before the data are allocated.
public enum IDXReader {
  /// The largest payload read by default: the process's memory limit (`MemoryBudget`).
  public static var defaultMaximumBytes: Int { MemoryBudget.current.bytes }

  /// Reads a whole IDX file.
  ///
  /// - Parameters:
  ///   - kind: what the file should hold, which fixes its dimension count; nil accepts any.
  ///   - maximumBytes: the largest payload to allocate; a header claiming more is an error.
  ///   - monitor: asked between slices of the payload whether to stop, and told the progress.
  /// - Throws: `IDXError` naming the file and what is wrong with it, or `.cancelled`.
  public static func read(
    contentsOf url: URL, as kind: IDXFileKind? = nil, maximumBytes: Int = defaultMaximumBytes,
    monitor: LoadMonitor = .none
  ) throws(IDXError) -> IDXArray {
    try read(
      contentsOf: url, as: kind, maximumBytes: maximumBytes, monitor: monitor, hashing: { _ in nil }
    ).array
  }

  /// Reads a whole IDX file like `read(contentsOf:as:maximumBytes:monitor:)`, and returns the
  /// SHA-256 of the bytes `hashing` picks, once it knows whether the file is gzip-compressed,
  /// from the same single pass; the sum is nil when it picks none.
  public static func readHashing(
    contentsOf url: URL, as kind: IDXFileKind? = nil, maximumBytes: Int = defaultMaximumBytes,
    monitor: LoadMonitor = .none,
    hashing choose: (_ isCompressed: Bool) -> HashedBytes? = { _ in .content }
  ) throws(IDXError) -> (array: IDXArray, sha256: String?) {
    try read(
      contentsOf: url, as: kind, maximumBytes: maximumBytes, monitor: monitor, hashing: choose)
  }

  /// Reads the file, hashing the bytes `choose` picks on the way.
  private static func read(
    contentsOf url: URL, as kind: IDXFileKind?, maximumBytes: Int, monitor: LoadMonitor,
    hashing choose: (_ isCompressed: Bool) -> HashedBytes?
  ) throws(IDXError) -> (array: IDXArray, sha256: String?) {
    let file = try FileByteSource(url: url)
    guard file.size > 0 else { throw .emptyFile(url) }

    let isCompressed = try startsWithGzipMagic(file)
    let hashed = choose(isCompressed)
    var hasher: HashingByteSource?
    func hashing(_ base: any ByteSource) -> any ByteSource {
      let wrapper = HashingByteSource(base)
      hasher = wrapper
      return wrapper
    }
    var source: any ByteSource = hashed == .stored ? hashing(file) : file
    if isCompressed { source = try GzipByteSource(compressed: source, url: url) }
    if hashed == .content { source = hashing(source) }

    let header = try IDXHeader.read(
      from: source, url: url, kind: kind, fileSize: isCompressed ? nil : file.size,
      maximumBytes: maximumBytes)

    let bytes = try readPayload(
      of: header, from: source, url: url, isCompressed: isCompressed, monitor: monitor)
    let array = IDXArray(
      elementType: header.elementType, dimensions: header.dimensions, bytes: bytes)
    if hashed == .stored { try hasher?.readToEnd() }
    return (array, hasher?.hexDigest())
  }

  private static func startsWithGzipMagic(_ file: FileByteSource) throws(IDXError) -> Bool {
    let prefix = try file.readBytes(upTo: 2)
    try file.rewind()
    return prefix == [0x1f, 0x8b]
  }

  /// Reads exactly the data the header claims, then checks that nothing follows.
  private static func readPayload(
    of header: IDXHeader, from source: any ByteSource, url: URL, isCompressed: Bool,
    monitor: LoadMonitor
  ) throws(IDXError) -> [UInt8] {
    let expected = header.byteCount + header.payloadByteCount
    let bytes: [UInt8]
    do {
      bytes = try source.readBytes(
        upTo: header.payloadByteCount, monitor: monitor, cancelled: .cancelled(url))
    } catch .gzipCutShort(_, let decompressedBytes) {
      throw .cutShort(url, expected: expected, found: decompressedBytes, isCompressed: true)
    }

    guard bytes.count == header.payloadByteCount else {
      throw .cutShort(
        url, expected: expected, found: header.byteCount + bytes.count,
        isCompressed: isCompressed)
    }

    guard try source.readBytes(upTo: 1).isEmpty else {
      throw .trailingData(url, expected: expected, isCompressed: isCompressed)
    }
    return bytes
  }
}

extension IDXReader {
  /// Which bytes of a file `readHashing` hashes.
  public enum HashedBytes: Sendable, Equatable {
    /// The file as it is on disk, gzip-compressed or not.
    case stored
    /// The content after decompression; for a file that is not compressed, the file itself.
    case content
  }
}
