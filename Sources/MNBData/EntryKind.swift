/// What sits at a path on disk, as far as loading data is concerned.
///
/// Symbolic links are followed; a link is reported as such only when it cannot be followed.
public enum EntryKind: Sendable, Equatable {
  /// Nothing is there.
  case missing
  case regularFile
  case directory
  case namedPipe
  case socket
  /// A character or block device.
  case device
  /// A symbolic link whose target does not exist.
  case danglingLink
  /// A symbolic link that leads back to itself, directly or through others.
  case linkLoop
  /// The entry could not be examined; `reason` is the system's explanation, in lowercase.
  case inaccessible(reason: String)

  /// How a message says what the entry is, where a file was expected.
  var problemAsFile: String {
    switch self {
    case .regularFile: "is a file"
    case .directory: "is a directory, not a file"
    default: problem(expecting: "a file")
    }
  }

  /// How a message says what the entry is, where a folder was expected.
  var problemAsFolder: String {
    switch self {
    case .regularFile: "is a file, not a folder"
    case .directory: "is a folder"
    default: problem(expecting: "a folder")
    }
  }

  /// The wording shared by files and folders; `wanted` is "a file" or "a folder".
  private func problem(expecting wanted: String) -> String {
    switch self {
    case .missing: "does not exist"
    case .regularFile, .directory: "is not \(wanted)"
    case .namedPipe: "is a named pipe, not \(wanted)"
    case .socket: "is a socket, not \(wanted)"
    case .device: "is a device, not \(wanted)"
    case .danglingLink: "is a symbolic link that leads nowhere"
    case .linkLoop:
      "is a symbolic link that cannot be followed (too many levels of symbolic links)"
    case .inaccessible(let reason): "cannot be examined (\(reason))"
    }
  }
}
