import CZlib
import Foundation

/// Decompresses a gzip file while it is read, one input chunk at a time.
///
/// Handles files made of several gzip members one after another, as `cat a.gz b.gz` makes.
/// Throws `IDXError.gzipCutShort` when the file ends inside a member and
/// `IDXError.corruptGzip` when zlib rejects the data.
final class GzipByteSource: ByteSource {
  private enum State {
    case insideMember
    case betweenMembers
    case finished
  }

  /// Compressed input is read in chunks of this size.
  static let chunkSize = 64 * 1024

  /// The compressed bytes, and the file they come from, which errors name.
  private let compressed: any ByteSource
  private let url: URL
  private let stream: UnsafeMutablePointer<z_stream>
  private let input: UnsafeMutableRawBufferPointer
  private var state = State.insideMember
  private var capacityOfCurrentRead = 0

  /// How many decompressed bytes this source has handed out so far.
  private(set) var producedCount = 0

  convenience init(file: FileByteSource) throws(IDXError) {
    try self.init(compressed: file, url: file.url)
  }

  /// Decompresses what `compressed` yields, which was read from `url`; a wrapper over the
  /// file, such as a `HashingByteSource`, sees every compressed byte.
  init(compressed: any ByteSource, url: URL) throws(IDXError) {
    self.compressed = compressed
    self.url = url
    input = .allocate(byteCount: Self.chunkSize, alignment: 1)

    // zlib keeps a pointer back to the stream, so it needs an address that never moves.
    stream = .allocate(capacity: 1)
    stream.initialize(to: z_stream())

    // 15 + 32: a 32 KiB window and automatic detection of the gzip header.
    let status = mnb_inflate_init2(stream, 15 + 32)
    guard status == Z_OK else {
      stream.deallocate()
      input.deallocate()
      throw .readFailed(url, reason: "zlib could not start (status \(status))")
    }
  }

  deinit {
    inflateEnd(stream)
    stream.deallocate()
    input.deallocate()
  }

  func read(into buffer: UnsafeMutableRawBufferPointer) throws(IDXError) -> Int {
    guard let base = buffer.baseAddress, !buffer.isEmpty, state != .finished else { return 0 }

    // avail_out is 32 bits wide; callers loop, so a shorter read is fine.
    let capacity = min(buffer.count, Int(UInt32.max))
    capacityOfCurrentRead = capacity
    stream.pointee.next_out = base.assumingMemoryBound(to: Bytef.self)
    stream.pointee.avail_out = UInt32(capacity)

    while stream.pointee.avail_out > 0, state != .finished {
      try inflateStep()
    }

    let written = capacity - Int(stream.pointee.avail_out)
    producedCount += written
    return written
  }

  /// Refills the input if needed and runs inflate once.
  private func inflateStep() throws(IDXError) {
    if stream.pointee.avail_in == 0 {
      guard try refillInput() else { return }
    }

    if state == .betweenMembers {
      inflateReset(stream)
      state = .insideMember
    }

    let status = inflate(stream, Z_NO_FLUSH)
    switch status {
    case Z_OK:
      break
    case Z_STREAM_END:
      state = .betweenMembers
    case Z_BUF_ERROR where stream.pointee.avail_in == 0:
      break
    case Z_MEM_ERROR:
      throw .readFailed(url, reason: "out of memory while decompressing")
    default:
      throw .corruptGzip(url, reason: errorText(for: status))
    }
  }

  /// Reads the next compressed chunk; returns false when the file has ended cleanly.
  private func refillInput() throws(IDXError) -> Bool {
    let count = try compressed.read(into: input)
    if count > 0 {
      stream.pointee.next_in = input.baseAddress!.assumingMemoryBound(to: Bytef.self)
      stream.pointee.avail_in = UInt32(count)
      return true
    }

    guard state == .betweenMembers else {
      let produced = producedCount + capacityOfCurrentRead - Int(stream.pointee.avail_out)
      throw .gzipCutShort(url, decompressedBytes: produced)
    }
    state = .finished
    return false
  }

  private func errorText(for status: Int32) -> String {
    if let message = stream.pointee.msg { return String(cString: message) }
    return status == Z_NEED_DICT ? "a preset dictionary is required" : "zlib status \(status)"
  }
}
