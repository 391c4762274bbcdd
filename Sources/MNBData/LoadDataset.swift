import Foundation

/// Loads an images file and its labels file into a data set.
///
/// - Parameters:
///   - classNames: the class of each label value; nil names them "0" up to the largest label.
///   - maximumBytes: the largest payload to allocate per file.
/// - Throws: `DatasetError.unreadable` for a bad file, `.countMismatch` when the files hold
///   different numbers of items and `.labelOutOfRange` for a label with no class.
public func loadDataset(
  images: URL, labels: URL, name: String, classNames: [String]? = nil,
  maximumBytes: Int = IDXReader.defaultMaximumBytes
) throws(DatasetError) -> Dataset {
  let imageArray = try readIDX(images, as: .images, maximumBytes: maximumBytes)
  let labelArray = try readIDX(labels, as: .labels, maximumBytes: maximumBytes)
  guard imageArray.count == labelArray.count else {
    throw .countMismatch(
      images: images, labels: labels, imageCount: imageArray.count,
      labelCount: labelArray.count)
  }

  let labelValues = labelArray.bytes
  let classes = classNames ?? (0...Int(labelValues.max() ?? 0)).map(String.init)
  if let index = labelValues.firstIndex(where: { Int($0) >= classes.count }) {
    throw .labelOutOfRange(
      labels, index: index, label: labelValues[index], classCount: classes.count)
  }

  return Dataset(
    name: name, height: imageArray.dimensions[1], width: imageArray.dimensions[2],
    pixels: imageArray.bytes, labels: labelValues, classNames: classes)
}

private func readIDX(
  _ url: URL, as kind: IDXFileKind, maximumBytes: Int
) throws(DatasetError) -> IDXArray {
  do {
    return try IDXReader.read(contentsOf: url, as: kind, maximumBytes: maximumBytes)
  } catch {
    throw .unreadable(error)
  }
}
