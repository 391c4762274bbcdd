import Foundation

/// Reads a notebook's bytes from a file, a pipe or `/dev/stdin`, with a limit on its size.
enum NotebookFile {
  /// Notebooks are text a person writes; anything larger is a mistake, not a notebook.
  static let maximumBytes = 16 << 20

  struct ReadError: Error {
    var reason: String
  }

  static func contents(of path: String) throws(ReadError) -> Data {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw ReadError(reason: describe(errno)) }
    defer { close(descriptor) }

    var status = stat()
    if fstat(descriptor, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR {
      throw ReadError(reason: "it is a folder")
    }

    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = read(descriptor, &buffer, buffer.count)
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else { throw ReadError(reason: describe(errno)) }
      if count == 0 { return data }
      data.append(buffer, count: count)
      guard data.count <= maximumBytes else {
        throw ReadError(reason: "it is larger than \(maximumBytes >> 20) MiB; is it a notebook?")
      }
    }
  }

  private static func describe(_ code: Int32) -> String {
    switch code {
    case ENOENT: "no such file"
    case EACCES: "permission denied"
    case EISDIR: "it is a folder"
    default: String(cString: strerror(code)).lowercased()
    }
  }
}
