/// Where a known data set can be downloaded from, and the files that make it up.
public struct DatasetDownload: Sendable, Equatable {
  /// Base URLs tried in order; a file's URL is its base followed by its name.
  public let mirrors: [String]
  /// The four files, in the order train images, train labels, test images, test labels.
  public let files: [DownloadFile]

  public init(mirrors: [String], files: [DownloadFile]) {
    self.mirrors = mirrors
    self.files = files
  }

  /// Whether every file has a checksum, without which nothing is downloaded.
  public var isVerifiable: Bool {
    files.allSatisfy(\.isVerifiable)
  }

  /// The usual four files with MNIST's dimensions: 60000 training and 10000 test images of
  /// 28 x 28 pixels. `sums` are the SHA-256 of train images, train labels, test images and test
  /// labels after decompression, `compressedSums` those of the same files gzip-compressed as
  /// published; nil when unknown.
  static func mnistShaped(
    mirrors: [String], sums: [String]?, compressedSums: [String]? = nil
  ) -> DatasetDownload {
    let names = [
      "train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
      "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz",
    ]
    let sizes = [16 + 60_000 * 28 * 28, 8 + 60_000, 16 + 10_000 * 28 * 28, 8 + 10_000]
    let files = names.indices.map { index in
      DownloadFile(
        name: names[index], sha256: sums?[index], compressedSHA256: compressedSums?[index],
        size: sizes[index])
    }
    return DatasetDownload(mirrors: mirrors, files: files)
  }
}
