/// One file of a data set that can be downloaded, and what it must hold.
public struct DownloadFile: Sendable, Equatable {
  /// The name on the mirrors and in the cache, such as 'train-images-idx3-ubyte.gz'.
  public let name: String
  /// The SHA-256 of the content after gzip decompression, as 64 lowercase hexadecimal digits;
  /// nil when mnb knows no trustworthy value, and then the file is never downloaded.
  public let sha256: String?
  /// The size after decompression, in bytes.
  public let size: Int

  public init(name: String, sha256: String?, size: Int) {
    self.name = name
    self.sha256 = sha256
    self.size = size
  }

  /// The most bytes accepted from a mirror: twice the decompressed size, and at least 64 KiB
  /// more than it, so a tiny file that grows when gzipped still fits.
  var downloadLimit: Int {
    max(2 * size, size + 65_536)
  }
}
