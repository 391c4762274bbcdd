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
  /// `files` of known data set `name` were loaded without a check: mnb knows only the SHA-256
  /// of their gzip-compressed form, and these copies are decompressed.
  case unchecked(name: String, files: [URL])
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
    case .unchecked(let name, let files):
      let names = files.map { "'\($0.lastPathComponent)'" }.joined(separator: ", ")
      let folder = files.first?.deletingLastPathComponent().path ?? ""
      return "could not check \(names) in '\(folder)' against the known SHA-256 of '\(name)': "
        + "only the sums of the gzip-compressed files are known, and these are decompressed; "
        + "loaded them unchecked"
    }
  }
}
