import Foundation

/// What a file of a known data set must hold: the SHA-256 of its content after
/// decompression, which also fixes its size, or that of the gzip-compressed file as published.
struct ContentCheck {
  let datasetName: String
  let expected: DownloadFile
  /// Whether the file is in the download cache, which changes the advice when it fails.
  let isCached: Bool

  /// The checks of the four files, in the order of `DatasetFiles.all`; nils when the files
  /// carry no checksums.
  static func checks(for files: DatasetFiles, of name: String) -> [ContentCheck?] {
    guard let expected = files.checksums, expected.count == 4 else {
      return [nil, nil, nil, nil]
    }
    return expected.map { file in
      guard file.isVerifiable else { return nil }
      return ContentCheck(datasetName: name, expected: file, isCached: files.isCached)
    }
  }

  /// The bytes to hash for a file that is gzip-compressed or not: its content when that sum is
  /// known, since it holds however the file was compressed; else the file as stored, when it is
  /// compressed; nil when no known sum applies, for a decompressed copy of a file known only by
  /// its compressed sum.
  func hashedBytes(isCompressed: Bool) -> IDXReader.HashedBytes? {
    if expected.sha256 != nil { return .content }
    return isCompressed && expected.compressedSHA256 != nil ? .stored : nil
  }

  /// Throws `DatasetError.checksumMismatch` unless `sum`, computed from the `hashed` bytes of
  /// `url`, is the expected one.
  func verify(_ sum: String, of hashed: IDXReader.HashedBytes, in url: URL) throws(DatasetError) {
    let wanted = (hashed == .content ? expected.sha256 : expected.compressedSHA256) ?? ""
    guard sum != wanted.lowercased() else { return }
    throw .checksumMismatch(
      name: datasetName, file: url, expected: wanted.lowercased(), found: sum,
      isCached: isCached, ofCompressedFile: hashed == .stored)
  }
}
