/// A data set mnb knows by name, with the names of its classes.
public struct KnownDataset: Sendable, Equatable {
  public let name: String
  public let classNames: [String]
  /// The Debian package that installs it under /usr/share/datasets, if there is one.
  public let debianPackage: String?

  public static let all: [KnownDataset] = [
    KnownDataset(
      name: "mnist", classNames: (0...9).map(String.init), debianPackage: nil),
    KnownDataset(
      name: "fashion-mnist",
      classNames: [
        "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
        "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
      ],
      debianPackage: "dataset-fashion-mnist"),
  ]

  /// The known data set called `name`, ignoring case.
  public static func named(_ name: String) -> KnownDataset? {
    all.first { $0.name == name.lowercased() }
  }
}
