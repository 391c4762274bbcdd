import Foundation

/// Something a user should hear about a data set that was found, though nothing failed.
///
/// `description` words it, without a "note:" prefix, for the caller to print.
public enum DatasetNote: Sendable, Equatable {
  /// `files` of known data set `name` were loaded without a check: mnb knows only the SHA-256
  /// of their gzip-compressed form, and these copies are decompressed.
  case unchecked(name: String, files: [URL])
}

extension DatasetNote: CustomStringConvertible {
  public var description: String {
    switch self {
    case .unchecked(let name, let files):
      let names = files.map { "'\($0.lastPathComponent)'" }.joined(separator: ", ")
      let folder = files.first?.deletingLastPathComponent().path ?? ""
      return "could not check \(names) in '\(folder)' against the known SHA-256 of '\(name)': "
        + "only the sums of the gzip-compressed files are known, and these are decompressed; "
        + "loaded them unchecked"
    }
  }
}
