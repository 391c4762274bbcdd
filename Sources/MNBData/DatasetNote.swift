import Foundation

/// Something a user should hear about a data set that was found, though nothing failed.
///
/// `description` words it, without a "note:" prefix, for the caller to print.
public enum DatasetNote: Sendable, Equatable {
  /// The folder given with `from` did not hold the data set, which was found in `used` instead.
  ///
  /// `folderKind` is what the given path is: `.directory` for a folder without the files,
  /// `.inaccessible` for one that cannot be searched, or what stands there instead of a folder.
  /// `missing` names by stem the files a partly filled folder lacks, as in `train-labels`.
  case explicitFolderUnused(
    name: String, folder: URL, folderKind: EntryKind, missing: [String], used: URL)
}

extension DatasetNote: CustomStringConvertible {
  public var description: String {
    switch self {
    case .explicitFolderUnused(let name, let folder, let folderKind, let missing, let used):
      var cause = ""
      if folderKind != .directory {
        cause = ": it \(folderKind.problemAsFolder)"
      } else if !missing.isEmpty {
        cause = ": missing " + missing.map { "'\($0)'" }.joined(separator: ", ")
      }
      return "no '\(name)' in '\(folder.path)'\(cause); using '\(used.path)'"
    }
  }
}
