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

  /// The digest of the bytes read so far, as 64 lowercase hexadecimal digits; read it once,
  /// at the end.
  func hexDigest() -> String {
    digest.hexDigest()
  }
}
