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
    try read(contentsOf: url, as: kind, maximumBytes: maximumBytes, monitor: monitor) { $0 }
  }

  /// Reads a whole IDX file like `read(contentsOf:as:maximumBytes:monitor:)`, and returns the
  /// SHA-256 of its content (after decompression) from the same single pass.
  public static func readHashing(
    contentsOf url: URL, as kind: IDXFileKind? = nil, maximumBytes: Int = defaultMaximumBytes,
    monitor: LoadMonitor = .none
  ) throws(IDXError) -> (array: IDXArray, sha256: String) {
    var hasher: HashingByteSource?
    let array = try read(contentsOf: url, as: kind, maximumBytes: maximumBytes, monitor: monitor) {
      source in
      let hashing = HashingByteSource(source)
      hasher = hashing
      return hashing
    }
    return (array, hasher?.hexDigest() ?? "")
  }

  /// Reads the file through `wrap`, which sees the decompressed stream from its first byte.
  private static func read(
    contentsOf url: URL, as kind: IDXFileKind?, maximumBytes: Int, monitor: LoadMonitor,
    wrap: (any ByteSource) -> any ByteSource
  ) throws(IDXError) -> IDXArray {
    let file = try FileByteSource(url: url)
    guard file.size > 0 else { throw .emptyFile(url) }

    let isCompressed = try startsWithGzipMagic(file)
    let source = wrap(isCompressed ? try GzipByteSource(file: file) : file)

    let header = try IDXHeader.read(
      from: source, url: url, kind: kind, fileSize: isCompressed ? nil : file.size,
      maximumBytes: maximumBytes)

    let bytes = try readPayload(
      of: header, from: source, url: url, isCompressed: isCompressed, monitor: monitor)
    return IDXArray(elementType: header.elementType, dimensions: header.dimensions, bytes: bytes)
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
