/// What completion may know beyond the grammar: the session's names and one folder listing.
public struct CompletionContext: Sendable {
  /// An entry of a folder, as completion shows it.
  public struct Entry: Equatable, Sendable {
    public var name: String
    public var isDirectory: Bool

    public init(name: String, isDirectory: Bool) {
      self.name = name
      self.isDirectory = isDirectory
    }
  }

  public var datasetNames: [String]
  public var modelNames: [String]
  /// Names `load` knows; asked only when a data set name to load is expected.
  public var loadableNames: @Sendable () -> [String]
  /// Where relative paths start, and what `~` stands for.
  public var workingDirectory: String
  public var homeDirectory: String
  /// The entries of a folder, or none when it cannot be read.
  public var listDirectory: @Sendable (String) -> [Entry]

  public init(
    datasetNames: [String] = [], modelNames: [String] = [],
    loadableNames: @escaping @Sendable () -> [String] = { [] },
    workingDirectory: String = "/", homeDirectory: String = "/",
    listDirectory: @escaping @Sendable (String) -> [Entry] = { _ in [] }
  ) {
    self.datasetNames = datasetNames
    self.modelNames = modelNames
    self.loadableNames = loadableNames
    self.workingDirectory = workingDirectory
    self.homeDirectory = homeDirectory
    self.listDirectory = listDirectory
  }
}
