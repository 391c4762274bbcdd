import Foundation

/// Loads an images file and its labels file into a data set.
///
/// - Parameters:
///   - classNames: the class of each label value; nil names them "0" up to the largest label,
///     which may be at most `CSVDatasetReader.maximumLabel`.
///   - maximumBytes: the largest payload to allocate per file.
///   - monitor: asked between slices of each file whether to stop, and told the bytes read.
/// - Throws: `DatasetError.unreadable` for a bad file, `.countMismatch` when the files hold
///   different numbers of items and `.labelOutOfRange` for a label with no class.
public func loadDataset(
  images: URL, labels: URL, name: String, classNames: [String]? = nil,
  maximumBytes: Int = IDXReader.defaultMaximumBytes, monitor: LoadMonitor = .none
) throws(DatasetError) -> Dataset {
  let pair = try readLabelledImages(
    images: images, labels: labels, maximumBytes: maximumBytes, monitor: monitor)
  let largest = min(Int(pair.labels.bytes.max() ?? 0), CSVDatasetReader.maximumLabel)
  let classes = classNames ?? (0...largest).map(String.init)
  return try makeDataset(
    (pair.images, pair.labels), labelsFile: labels, name: name, classNames: classes)
}

/// Reads an images file and its labels file, and checks that they hold as many items.
///
/// - Parameter checks: the content each file must have, checked in the same pass that reads it;
///   nil for a file that is not checked.
/// - Returns: the arrays, and the files that had a check none of whose sums applies to them
///   (a decompressed copy of a file known only by its compressed sum), read unchecked.
func readLabelledImages(
  images: URL, labels: URL, maximumBytes: Int, monitor: LoadMonitor = .none,
  checks: (images: ContentCheck?, labels: ContentCheck?) = (nil, nil)
) throws(DatasetError) -> (images: IDXArray, labels: IDXArray, unchecked: [URL]) {
  let imageRead = try readIDX(
    images, as: .images, maximumBytes: maximumBytes, monitor: monitor, check: checks.images)
  let labelRead = try readIDX(
    labels, as: .labels, maximumBytes: maximumBytes, monitor: monitor, check: checks.labels)

  let (imageArray, labelArray) = (imageRead.array, labelRead.array)
  guard imageArray.count == labelArray.count else {
    throw .countMismatch(
      images: images, labels: labels, imageCount: imageArray.count,
      labelCount: labelArray.count)
  }
  let unchecked = [(images, imageRead), (labels, labelRead)].filter(\.1.isUnchecked).map(\.0)
  return (imageArray, labelArray, unchecked)
}

/// A data set of the arrays read by `readLabelledImages`, once every label has a class.
func makeDataset(
  _ pair: (images: IDXArray, labels: IDXArray), labelsFile: URL, name: String,
  classNames: [String]
) throws(DatasetError) -> Dataset {
  let labelValues = pair.labels.bytes
  if let index = labelValues.firstIndex(where: { Int($0) >= classNames.count }) {
    throw .labelOutOfRange(
      labelsFile, index: index, label: labelValues[index], classCount: classNames.count)
  }

  return Dataset(
    name: name, height: pair.images.dimensions[1], width: pair.images.dimensions[2],
    pixels: pair.images.bytes, labels: labelValues, classNames: classNames)
}

/// Reads one file, checking it in the same pass when `check` has a sum that applies to it.
private func readIDX(
  _ url: URL, as kind: IDXFileKind, maximumBytes: Int, monitor: LoadMonitor,
  check: ContentCheck?
) throws(DatasetError) -> (array: IDXArray, isUnchecked: Bool) {
  let read: (array: IDXArray, sha256: String?)
  var hashed: IDXReader.HashedBytes?
  do {
    read = try IDXReader.readHashing(
      contentsOf: url, as: kind, maximumBytes: maximumBytes, monitor: monitor
    ) { isCompressed in
      hashed = check?.hashedBytes(isCompressed: isCompressed)
      return hashed
    }
  } catch {
    throw .unreadable(error)
  }

  if let check, let hashed, let sum = read.sha256 { try check.verify(sum, of: hashed, in: url) }
  return (read.array, check != nil && hashed == nil)
}
