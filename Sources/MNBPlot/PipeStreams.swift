import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The parent's ends of a child's three pipes, driven by one `poll` loop.
struct PipeStreams {
  private let input: Data
  private var written = 0
  private let handles: [FileHandle]
  /// Descriptors for stdin, stdout and stderr; -1 once closed (poll skips negative ones).
  private var descriptors: [Int32]
  private(set) var output = Data()
  private(set) var errors = Data()
  private(set) var inputWasCutShort = false

  init(input: Data, stdin: Pipe, stdout: Pipe, stderr: Pipe) {
    self.input = input
    handles = [
      stdin.fileHandleForWriting, stdout.fileHandleForReading,
      stderr.fileHandleForReading,
    ]
    descriptors = handles.map(\.fileDescriptor)
    for descriptor in descriptors {
      _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
    }
    if input.isEmpty {
      close(0)
    }
  }

  /// Moves data until stdout and stderr reach end of file. Returns `false` at `deadline`.
  mutating func pump(
    until deadline: ContinuousClock.Instant, isCancelled: () -> Bool = { false }
  ) -> Bool {
    while descriptors[1] >= 0 || descriptors[2] >= 0 {
      let left = (deadline - ContinuousClock.now) / .milliseconds(1)
      guard left > 0, !isCancelled() else { return false }

      var fds = [
        pollfd(fd: descriptors[0], events: Int16(POLLOUT), revents: 0),
        pollfd(fd: descriptors[1], events: Int16(POLLIN), revents: 0),
        pollfd(fd: descriptors[2], events: Int16(POLLIN), revents: 0),
      ]
      let ready = poll(&fds, nfds_t(fds.count), Int32(min(left.rounded(.up), 100)))
      guard ready > 0 else { continue }

      if fds[0].revents != 0 { writeSome() }
      if fds[1].revents != 0, let chunk = readSome(1) { output.append(chunk) }
      if fds[2].revents != 0, let chunk = readSome(2) { errors.append(chunk) }
    }
    return true
  }

  private mutating func writeSome() {
    let count = input.withUnsafeBytes { bytes in
      write(descriptors[0], bytes.baseAddress! + written, min(bytes.count - written, 65_536))
    }
    if count > 0 {
      written += count
      if written == input.count { close(0) }
    } else if count < 0, errno != EAGAIN, errno != EINTR {
      inputWasCutShort = errno == EPIPE
      close(0)
    }
  }

  /// The bytes read, or `nil` when none were ready or the stream ended (and was closed).
  private mutating func readSome(_ index: Int) -> Data? {
    var chunk = Data(count: 65_536)
    let count = chunk.withUnsafeMutableBytes { read(descriptors[index], $0.baseAddress, $0.count) }
    if count > 0 {
      return chunk.prefix(count)
    }
    if count == 0 || (errno != EAGAIN && errno != EINTR) {
      close(index)
    }
    return nil
  }

  /// Closes through the `FileHandle`, which then will not close the number again later.
  private mutating func close(_ index: Int) {
    guard descriptors[index] >= 0 else { return }
    try? handles[index].close()
    descriptors[index] = -1
  }

  mutating func closeAll() {
    for index in descriptors.indices {
      close(index)
    }
  }
}
