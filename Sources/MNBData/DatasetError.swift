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
  /// For a data set mnb does not know by name: the first label beyond `emptyClasses`, classes
  /// below the largest label that have no training image, at `index` in the labels file.
  case classesWithoutImages(URL, index: Int, label: UInt8, emptyClasses: ClosedRange<Int>)
  /// No source had the data set; `searched` lists every place looked, in order, and
  /// `suggestion` is a known name or folder name close to `name`, if any.
  case notFound(name: String, searched: [String], suggestion: String? = nil)
  /// A folder for the data set exists but lacks some files, named by stem as in `train-labels`.
  case incomplete(name: String, directory: URL, missing: [String])
  /// Neither the folder given with `from` nor the folder `inner` for the data set inside it
  /// holds any of the files, named by stem in `missing`.
  case notInFolder(name: String, folder: URL, inner: URL, missing: [String])
  /// Where one of the files should be stands something else: a directory, a named pipe, a
  /// broken symbolic link.
  case unusableFile(name: String, file: URL, kind: EntryKind)
  /// A folder that may hold the data set cannot be searched (`kind` is `.inaccessible`), or is
  /// not a folder at all.
  case unusableFolder(name: String, directory: URL, kind: EntryKind)
  /// Every mirror failed for `file`; `attempts` lists each URL tried, in order, and `files` all
  /// the names the data set needs in `directory`.
  case downloadFailed(
    name: String, file: String, directory: URL, files: [String], attempts: [DownloadAttempt])
  /// mnb knows no checksums for the data set, so it refuses to download it.
  case downloadUnverifiable(name: String, directory: URL, files: [String], mirrors: [String])
  /// An entry of `MNB_MIRROR` that is not an http or https URL.
  case invalidMirror(String)
  /// The cache folder cannot be created or written; `reason` is the system's wording.
  case cacheUnusable(name: String, directory: URL, reason: String)
  /// A CSV file of images could not be read.
  case badCSV(CSVError)
  /// A file of a known data set does not have its known SHA-256 after decompression, or as a
  /// gzip file when `ofCompressedFile`; `isCached` tells a copy in the download cache from one
  /// in a data folder.
  case checksumMismatch(
    name: String, file: URL, expected: String, found: String, isCached: Bool,
    ofCompressedFile: Bool = false)
  /// A file in the download cache cannot be read: its gzip data are corrupt, as `reason`
  /// (zlib's wording) says.
  case corruptInCache(name: String, file: URL, reason: String)
  /// A file to download would not fit in the memory limit once decompressed.
  case overMemoryLimit(MemoryBudgetError)
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
    case .classesWithoutImages(let url, let index, let label, let emptyClasses):
      return "cannot load '\(url.lastPathComponent)': label \(label) at index \(index) lies "
        + "above \(Self.classRange(emptyClasses)) no training images; the file looks corrupt, "
        + "or its classes are not numbered from 0 without gaps"
    case .notFound(let name, let searched, let suggestion):
      return "cannot find data set '\(name)': looked in "
        + searched.map { "'\($0)'" }.joined(separator: ", ") + "; " + Self.notFoundHint(name)
        + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
    case .incomplete(let name, let directory, let missing):
      return "cannot load data set '\(name)' from '\(directory.path)': missing "
        + missing.map { "'\($0)'" }.joined(separator: ", ")
        + "; expected files named like 'train-images-idx3-ubyte.gz' or 'train-images.idx3-ubyte'"
    case .notInFolder(let name, let folder, let inner, let missing):
      return "cannot load data set '\(name)' from '\(folder.path)': missing "
        + missing.map { "'\($0)'" }.joined(separator: ", ")
        + " there and in '\(inner.path)'; expected files named like "
        + "'train-images-idx3-ubyte.gz' or 'train-images.idx3-ubyte' in one of them"
    case .unusableFile(let name, let file, let kind):
      return "cannot load data set '\(name)' from '\(file.deletingLastPathComponent().path)': "
        + "'\(file.lastPathComponent)' \(kind.problemAsFile); put the IDX file there, "
        + "or a symbolic link to it"
    case .unusableFolder(let name, let directory, .inaccessible(let reason)):
      return "cannot search '\(directory.path)' for data set '\(name)': \(reason); check that "
        + "you may read and enter the folder"
    case .unusableFolder(let name, let directory, let kind):
      return "cannot search '\(directory.path)' for data set '\(name)': it "
        + "\(kind.problemAsFolder); expected a folder holding the four files, or a link to one"
    case .downloadFailed(let name, let file, let directory, let files, let attempts):
      return "cannot download '\(file)' of data set '\(name)': "
        + attempts.map { "'\($0.url)' \($0.problem)" }.joined(separator: ", ") + "; "
        + Self.byHandHint(files: files, directory: directory)
    case .downloadUnverifiable(let name, let directory, let files, let mirrors):
      return "cannot download data set '\(name)': mnb knows no SHA-256 sums for its files, so "
        + "a download could not be checked; "
        + Self.byHandHint(files: files, directory: directory, from: mirrors.first)
    case .invalidMirror(let mirror):
      return "cannot use mirror '\(mirror)' from MNB_MIRROR: expected an http or https URL such "
        + "as 'http://127.0.0.1:8000/'; separate several with commas"
    case .overMemoryLimit(let error):
      return "cannot download: \(error.description)"
    case .cacheUnusable(let name, let directory, let reason):
      return "cannot download data set '\(name)' into '\(directory.path)': \(reason); "
        + "set XDG_CACHE_HOME to a folder you may write"
    case .badCSV(let error):
      return error.description
    case .checksumMismatch(
      let name, let file, let expected, let found, let isCached, let ofCompressedFile):
      let problem = isCached ? "is damaged" : "is not the known file of '\(name)'"
      let hint =
        isCached
        ? Self.refetchHint
        : "replace it with a good copy; to load these files without the check on purpose, "
          + "write load \(name) from \"\(file.deletingLastPathComponent().path)\""
      let form = ofCompressedFile ? "as a gzip file" : "after decompression"
      return "cannot load data set '\(name)': '\(file.path)' \(problem): its SHA-256 \(form) "
        + "is \(found), expected \(expected); \(hint)"
    case .corruptInCache(let name, let file, let reason):
      return "cannot load data set '\(name)': '\(file.path)' in the download cache is damaged: "
        + "the gzip data are corrupt (\(reason)); \(Self.refetchHint)"
    }
  }

  private static let refetchHint =
    "delete it and load again with downloads on (MNB_OFFLINE unset) to fetch a good copy"

  private static func shape(_ sizes: [Int]) -> String {
    sizes.map(String.init).joined(separator: " x ")
  }

  /// "class 4, which has" or "classes 10 to 254, which have".
  private static func classRange(_ classes: ClosedRange<Int>) -> String {
    classes.count == 1
      ? "class \(classes.lowerBound), which has"
      : "classes \(classes.lowerBound) to \(classes.upperBound), which have"
  }

  /// How to place the files without mnb's help.
  private static func byHandHint(files: [String], directory: URL, from mirror: String? = nil)
    -> String
  {
    let names = files.map { "'\($0)'" }.joined(separator: ", ")
    let source = mirror.map { " from '\($0)'" } ?? ""
    return "download \(names) by hand\(source) into '\(directory.path)', "
      + "or into a folder '\(directory.lastPathComponent)/' under MNB_DATA"
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
