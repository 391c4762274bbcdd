import Foundation

/// Why a file could not be replaced. Every case names the file the caller asked for, as given.
public enum AtomicFileError: Error, Equatable, Sendable {
  /// The folder that should hold `target` does not exist.
  case noSuchFolder(target: String, folder: String)
  /// A part of the folder path is a file, not a folder.
  case notAFolder(target: String, folder: String)
  case permissionDenied(target: String)
  case diskFull(target: String)
  case readOnlyFileSystem(target: String)
  /// `target` itself is a folder, so no file can take its place.
  case isAFolder(target: String)
  /// Any other failure, as the `errno` code the system gave.
  case systemError(target: String, code: Int32)
  /// The path names a device, a pipe or a socket, which a rename would replace.
  case notARegularFile(target: String)
}

extension AtomicFileError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .noSuchFolder(let target, let folder):
      return "cannot write '\(target)': no such folder '\(folder)'; create the folder first"
    case .notAFolder(let target, let folder):
      return "cannot write '\(target)': '\(folder)' is not a folder; choose another path"
    case .permissionDenied(let target):
      return "cannot write '\(target)': permission denied; check the folder's permissions"
    case .diskFull(let target):
      return "cannot write '\(target)': no space left on the disk; free some space and retry"
    case .readOnlyFileSystem(let target):
      return "cannot write '\(target)': the file system is read-only; choose another folder"
    case .isAFolder(let target):
      return "cannot write '\(target)': it is a folder; choose a file name"
    case .systemError(let target, let code):
      return "cannot write '\(target)': \(Self.systemMessage(code))"
    case .notARegularFile(let target):
      return "cannot write '\(target)': it is a device, a pipe or a socket, not a file; "
        + "choose a file name"
    }
  }

  /// The C library's wording for `code`, lowercased to fit the message grammar.
  private static func systemMessage(_ code: Int32) -> String {
    if code == EFBIG {
      return "the file is larger than the system allows; raise the file-size limit (ulimit -f)"
    }
    guard let text = strerror(code) else { return "error \(code)" }
    let message = String(cString: text)
    return message.prefix(1).lowercased() + message.dropFirst()
  }
}
