import Foundation

/// Why a data set could not be found or loaded. Each case holds the facts; `description` words
/// them.
public enum DatasetError: Error, Equatable, Sendable {
  /// One of the files could not be read.
  case unreadable(IDXError)
  case countMismatch(images: URL, labels: URL, imageCount: Int, labelCount: Int)
  /// The first label at or above `classCount`, at `index` in the labels file.
  case labelOutOfRange(URL, index: Int, label: UInt8, classCount: Int)
  /// Train and test images differ in size; shapes are `[rows, columns]`.
  case shapeMismatch(train: URL, test: URL, trainShape: [Int], testShape: [Int])
  case invalidName(String)
  /// No source had the data set; `searched` lists every place looked, in order.
  case notFound(name: String, searched: [String])
  /// A folder for the data set exists but lacks some files, named by stem as in `train-labels`.
  case incomplete(name: String, directory: URL, missing: [String])
}

extension DatasetError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .unreadable(let error):
      return error.description
    case .countMismatch(let images, let labels, let imageCount, let labelCount):
      return "cannot pair '\(images.lastPathComponent)' with '\(labels.lastPathComponent)': "
        + "found \(imageCount) images but \(labelCount) labels, expected the same count; "
        + "check that the two files belong together"
    case .labelOutOfRange(let url, let index, let label, let classCount):
      return "cannot load '\(url.lastPathComponent)': label \(label) at index \(index) is out "
        + "of range, expected a class from 0 to \(classCount - 1) (\(classCount) classes); "
        + "the file is damaged or belongs to another data set"
    case .shapeMismatch(let train, let test, let trainShape, let testShape):
      return "cannot pair '\(train.lastPathComponent)' with '\(test.lastPathComponent)': "
        + "train images are \(Self.shape(trainShape)) but test images are "
        + "\(Self.shape(testShape)), expected the same size; check that the files belong together"
    case .invalidName(let name):
      return "cannot load data set '\(name)': expected a plain name such as 'mnist'; "
        + "to load from a folder, write from \"DIR\""
    case .notFound(let name, let searched):
      return "cannot find data set '\(name)': looked in "
        + searched.map { "'\($0)'" }.joined(separator: ", ") + "; " + Self.notFoundHint(name)
    case .incomplete(let name, let directory, let missing):
      return "cannot load data set '\(name)' from '\(directory.path)': missing "
        + missing.map { "'\($0)'" }.joined(separator: ", ")
        + "; expected files named like 'train-images-idx3-ubyte.gz' or 'train-images.idx3-ubyte'"
    }
  }

  private static func shape(_ sizes: [Int]) -> String {
    sizes.map(String.init).joined(separator: " x ")
  }

  private static func notFoundHint(_ name: String) -> String {
    var hint =
      "put the four files in a folder '\(name)/' under MNB_DATA, "
      + "or write from \"DIR\" to give the folder"
    if let package = KnownDataset.named(name)?.debianPackage {
      hint += ", or install the Debian package '\(package)'"
    }
    return hint
  }
}
