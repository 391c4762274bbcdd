import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// An open file read with plain POSIX calls, so large reads land straight in the caller's buffer.
final class FileByteSource: ByteSource {
  let url: URL
  private let descriptor: Int32

  /// The size of the file when it was opened, in bytes.
  let size: Int

  /// Opens `url` for reading.
  ///
  /// - Throws: `IDXError.notAFile` for anything but a regular file (after following links), and
  ///   `.cannotOpen` when the system refuses.
  init(url: URL) throws(IDXError) {
    self.url = url
    // Without O_NONBLOCK, opening a named pipe waits for a writer that may never come; the flag
    // changes nothing for the regular files accepted below.
    descriptor = open(url.path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { throw .cannotOpen(url, reason: Self.lastErrorText()) }

    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      let reason = Self.lastErrorText()
      close(descriptor)
      throw .cannotOpen(url, reason: reason)
    }
    let kind = EntryInspector.kind(ofType: status.st_mode & S_IFMT)
    guard kind == .regularFile else {
      close(descriptor)
      throw .notAFile(url, kind)
    }
    size = Int(status.st_size)
  }

  deinit { close(descriptor) }

  func read(into buffer: UnsafeMutableRawBufferPointer) throws(IDXError) -> Int {
    guard let base = buffer.baseAddress, !buffer.isEmpty else { return 0 }
    while true {
      let count = Glibc.read(descriptor, base, buffer.count)
      if count >= 0 { return count }
      if errno != EINTR { throw .readFailed(url, reason: Self.lastErrorText()) }
    }
  }

  /// Goes back to the first byte, after sniffing the format.
  func rewind() throws(IDXError) {
    guard lseek(descriptor, 0, SEEK_SET) == 0 else {
      throw .readFailed(url, reason: Self.lastErrorText())
    }
  }

  private static func lastErrorText() -> String {
    String(cString: strerror(errno)).lowercased()
  }
}
