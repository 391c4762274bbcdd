import Foundation

/// What a file of a known data set must hold: the SHA-256 of its content after
/// decompression, which also fixes its size.
struct ContentCheck {
  let datasetName: String
  let sha256: String
  /// Whether the file is in the download cache, which changes the advice when it fails.
  let isCached: Bool

  /// The checks of the four files, in the order of `DatasetFiles.all`; nils when the files
  /// carry no checksums.
  static func checks(for files: DatasetFiles, of name: String) -> [ContentCheck?] {
    guard let expected = files.checksums, expected.count == 4 else {
      return [nil, nil, nil, nil]
    }
    return expected.map { file in
      file.sha256.map { ContentCheck(datasetName: name, sha256: $0, isCached: files.isCached) }
    }
  }

  /// Throws `DatasetError.checksumMismatch` unless `sum`, computed from `url`, is the
  /// expected one.
  func verify(_ sum: String, of url: URL) throws(DatasetError) {
    guard sum != sha256.lowercased() else { return }
    throw .checksumMismatch(
      name: datasetName, file: url, expected: sha256.lowercased(), found: sum,
      isCached: isCached)
  }
}
