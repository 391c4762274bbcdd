/// A data set mnb knows by name, with the names of its classes and where to download it.
public struct KnownDataset: Sendable, Equatable {
  public let name: String
  public let classNames: [String]
  /// The Debian package that installs it under /usr/share/datasets, if there is one.
  public let debianPackage: String?
  /// Its mirrors and files, or nil when mnb cannot download it.
  public let download: DatasetDownload?

  public init(
    name: String, classNames: [String], debianPackage: String? = nil,
    download: DatasetDownload? = nil
  ) {
    self.name = name
    self.classNames = classNames
    self.debianPackage = debianPackage
    self.download = download
  }

  /// The data sets mnb knows; see docs/downloads.md for where the mirrors and sums come from.
  public static let all: [KnownDataset] = [
    KnownDataset(
      name: "mnist", classNames: (0...9).map(String.init), download: .mnist),
    KnownDataset(
      name: "fashion-mnist",
      classNames: [
        "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
        "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
      ],
      debianPackage: "dataset-fashion-mnist", download: .fashionMNIST),
    KnownDataset(
      name: "kmnist",
      classNames: ["o", "ki", "su", "tsu", "na", "ha", "ma", "ya", "re", "wo"],
      download: .kmnist),
  ]

  /// The known data set called `name`, ignoring case.
  public static func named(_ name: String) -> KnownDataset? {
    all.first { $0.name == name.lowercased() }
  }

  /// A known name or one of `names` close to `name`, which matched nothing; nil when `name` is
  /// itself known, since a neighbour such as 'kmnist' for 'mnist' would mislead.
  static func suggestion(for name: String, among names: [String]) -> String? {
    guard !all.contains(where: { $0.name == name }) else { return nil }
    return NameSuggestion.closest(to: name, among: all.map(\.name) + names)
  }
}
