/// What an IDX file is expected to hold, which fixes its number of dimensions.
public enum IDXFileKind: Sendable, Equatable {
  /// Images: count, rows, columns.
  case images
  /// Labels: one per image.
  case labels

  public var dimensionCount: Int {
    switch self {
    case .images: 3
    case .labels: 1
    }
  }

  /// The kind a file with `dimensionCount` dimensions looks like, if any.
  init?(dimensionCount: Int) {
    switch dimensionCount {
    case 3: self = .images
    case 1: self = .labels
    default: return nil
    }
  }

  var noun: String {
    switch self {
    case .images: "an image file"
    case .labels: "a label file"
    }
  }
}
