/// The file formats a model's weights can be exported to, chosen by the file's extension.
public enum ExportFormat: String, Sendable, CaseIterable {
  /// numpy's `.npy`, version 1.0: a float32 array of shape (rows, classes).
  case npy
  /// Comma-separated text: a header line, then one line per weight row.
  case csv

  /// The format `path` names by its extension, in any case; nil for any other extension.
  public init?(path: String) {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    self.init(rawValue: path[path.index(after: dot)...].lowercased())
  }

  /// The extensions, with their dots, as messages list them.
  public static var extensions: [String] { allCases.map { "." + $0.rawValue } }
}
