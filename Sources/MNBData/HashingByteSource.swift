/// Passes a stream through unchanged while computing the SHA-256 of every byte read, so a
/// file can be checked in the same pass that loads it.
final class HashingByteSource: ByteSource {
  private let base: any ByteSource
  private var digest = SHA256()

  init(_ base: any ByteSource) {
    self.base = base
  }

  func read(into buffer: UnsafeMutableRawBufferPointer) throws(IDXError) -> Int {
    let count = try base.read(into: buffer)
    digest.update(UnsafeRawBufferPointer(rebasing: buffer[..<count]))
    return count
  }

  /// Reads what is left of the stream into the digest, so that it covers every byte even
  /// when the reader above stopped early.
  func readToEnd() throws(IDXError) {
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
    defer { buffer.deallocate() }
    while try read(into: buffer) > 0 {}
  }

  /// The digest of the bytes read so far, as 64 lowercase hexadecimal digits; read it once,
  /// at the end.
  func hexDigest() -> String {
    digest.hexDigest()
  }
}
