/// One file of a data set that can be downloaded, and what it must hold.
///
/// A file is known by the SHA-256 of its content after decompression, or by that of the
/// gzip-compressed file as the mirrors serve it, or by both. Without either it is never
/// downloaded.
public struct DownloadFile: Sendable, Equatable {
  /// The name on the mirrors and in the cache, such as 'train-images-idx3-ubyte.gz'.
  public let name: String
  /// The SHA-256 of the content after gzip decompression, as 64 lowercase hexadecimal digits;
  /// nil when mnb knows no trustworthy value.
  public let sha256: String?
  /// The SHA-256 of the gzip-compressed file exactly as published, as 64 lowercase hexadecimal
  /// digits; nil when mnb knows no trustworthy value.
  public let compressedSHA256: String?
  /// The size after decompression, in bytes.
  public let size: Int

  public init(name: String, sha256: String?, compressedSHA256: String? = nil, size: Int) {
    self.name = name
    self.sha256 = sha256
    self.compressedSHA256 = compressedSHA256
    self.size = size
  }

  /// Whether a copy can be checked against a known sum, in one form or the other.
  public var isVerifiable: Bool {
    sha256 != nil || compressedSHA256 != nil
  }

  /// The most bytes accepted from a mirror: twice the decompressed size, and at least 64 KiB
  /// more than it, so a tiny file that grows when gzipped still fits.
  var downloadLimit: Int {
    max(2 * size, size + 65_536)
  }
}
