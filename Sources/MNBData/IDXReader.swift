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

  /// Reads an IDX file whose whole content, raw or gzip-compressed, is `bytes`.
  ///
  /// Checks exactly what `read(contentsOf:)` checks; `url` only names the file in errors.
  /// - Throws: `IDXError` naming `url` and what is wrong with the bytes.
  public static func read(
    bytes: [UInt8], named url: URL, as kind: IDXFileKind? = nil,
    maximumBytes: Int = defaultMaximumBytes
  ) throws(IDXError) -> IDXArray {
    guard !bytes.isEmpty else { throw .emptyFile(url) }

    let isCompressed = bytes.starts(with: gzipMagic)
    return try read(
      from: MemoryByteSource(bytes), size: bytes.count, isCompressed: isCompressed, url: url,
      kind: kind, maximumBytes: maximumBytes, monitor: .none, hashing: nil
    ).array
  }

  private static let gzipMagic: [UInt8] = [0x1f, 0x8b]

  /// Reads the file, hashing the bytes `choose` picks on the way.
  private static func read(
    contentsOf url: URL, as kind: IDXFileKind?, maximumBytes: Int, monitor: LoadMonitor,
    hashing choose: (_ isCompressed: Bool) -> HashedBytes?
  ) throws(IDXError) -> (array: IDXArray, sha256: String?) {
    let file = try FileByteSource(url: url)
    guard file.size > 0 else { throw .emptyFile(url) }

    let isCompressed = try startsWithGzipMagic(file)
    return try read(
      from: file, size: file.size, isCompressed: isCompressed, url: url, kind: kind,
      maximumBytes: maximumBytes, monitor: monitor, hashing: choose(isCompressed))
  }

  /// Reads from `raw`, hashing the stored or the decompressed bytes as `hashed` says.
  private static func read(
    from raw: any ByteSource, size: Int, isCompressed: Bool, url: URL, kind: IDXFileKind?,
    maximumBytes: Int, monitor: LoadMonitor, hashing hashed: HashedBytes?
  ) throws(IDXError) -> (array: IDXArray, sha256: String?) {
    var hasher: HashingByteSource?
    func hashing(_ base: any ByteSource) -> any ByteSource {
      let wrapper = HashingByteSource(base)
      hasher = wrapper
      return wrapper
    }
    var source: any ByteSource = hashed == .stored ? hashing(raw) : raw
    if isCompressed { source = try GzipByteSource(input: source, url: url) }
    if hashed == .content { source = hashing(source) }

    let header = try IDXHeader.read(
      from: source, url: url, kind: kind, fileSize: isCompressed ? nil : size,
      maximumBytes: maximumBytes)

    let bytes = try readPayload(
      of: header, from: source, url: url, compressedSize: isCompressed ? size : nil,
      monitor: monitor)
    let array = IDXArray(
      elementType: header.elementType, dimensions: header.dimensions, bytes: bytes)
    if hashed == .stored { try hasher?.readToEnd() }
    return (array, hasher?.hexDigest())
  }

  private static func startsWithGzipMagic(_ file: FileByteSource) throws(IDXError) -> Bool {
    let prefix = try file.readBytes(upTo: 2)
    try file.rewind()
    return prefix == gzipMagic
  }

  /// Deflate turns each compressed byte into at most 1032 bytes (two 1-bit codes for a
  /// 258-byte match), so a gzip file cannot hold more than this many times its own size.
  static let maximumDeflateRatio = 1032

  /// The bytes worth allocating for a payload of `claimed` bytes: all of them for a raw file,
  /// whose size was checked against the claim, and no more than a compressed file of
  /// `compressedSize` bytes can expand to, so a lying header in a small file costs little.
  static func payloadCapacity(claimed: Int, compressedSize: Int?) -> Int {
    guard let compressedSize else { return claimed }
    let (limit, overflow) = compressedSize.multipliedReportingOverflow(by: maximumDeflateRatio)
    return overflow ? claimed : min(claimed, limit)
  }

  /// Reads exactly the data the header claims, then checks that nothing follows.
  /// - Parameter compressedSize: the size of the gzip file; nil for a raw one.
  private static func readPayload(
    of header: IDXHeader, from source: any ByteSource, url: URL, compressedSize: Int?,
    monitor: LoadMonitor
  ) throws(IDXError) -> [UInt8] {
    let isCompressed = compressedSize != nil
    let expected = header.byteCount + header.payloadByteCount
    let capacity = payloadCapacity(
      claimed: header.payloadByteCount, compressedSize: compressedSize)
    let bytes: [UInt8]
    do {
      bytes = try source.readBytes(
        upTo: capacity, monitor: monitor, cancelled: .cancelled(url))
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
