/// One of the four files of a data set, and the names it may go by on disk.
enum DatasetFileRole: CaseIterable {
  case trainImages
  case trainLabels
  case testImages
  case testLabels

  /// The name without its IDX tag, e.g. "train-images".
  var stem: String {
    switch self {
    case .trainImages: "train-images"
    case .trainLabels: "train-labels"
    case .testImages: "t10k-images"
    case .testLabels: "t10k-labels"
    }
  }

  private var tag: String {
    switch self {
    case .trainImages, .testImages: "idx3-ubyte"
    case .trainLabels, .testLabels: "idx1-ubyte"
    }
  }

  /// The file names tried, in order: the original distribution's and the common dotted style,
  /// each plain and gzipped.
  var candidateNames: [String] {
    let dashed = "\(stem)-\(tag)"
    let dotted = "\(stem).\(tag)"
    return [dashed + ".gz", dashed, dotted + ".gz", dotted]
  }
}
