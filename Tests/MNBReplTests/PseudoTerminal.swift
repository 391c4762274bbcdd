import Foundation
import Glibc

/// The built `mnb` running on a pseudo-terminal of 100×30, as a person at a terminal sees it.
///
/// Every wait has a time limit and fails rather than hangs; `stop` kills the child by its id.
final class PseudoTerminal {
  private let master: Int32
  let pid: pid_t
  /// Everything the program wrote, escapes included.
  private(set) var transcript = ""

  /// Starts `executable` as the leader of a new session whose controlling terminal is the pty,
  /// so a typed Ctrl-C reaches it as SIGINT.
  init(executable: String, environment: [String: String], directory: String) throws {
    let program = strdup(executable)!
    var arguments = [program, nil]
    var variables = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    let folder = strdup(directory)!
    defer {
      free(program)
      for variable in variables { free(variable) }
      free(folder)
    }
    var size = winsize(ws_row: 30, ws_col: 100, ws_xpixel: 0, ws_ypixel: 0)
    var master: Int32 = -1
    let pid = forkpty(&master, nil, nil, &size)
    if pid == 0 {
      // Only exec-safe calls between fork and exec in a threaded parent.
      _ = chdir(folder)
      execve(program, &arguments, &variables)
      _exit(127)
    }
    guard pid > 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
    self.pid = pid
    self.master = master
  }

  func type(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
  }

  /// Reads until the output after `offset` holds `text`; returns where it ends, or nil when
  /// `seconds` pass first or the program ends without writing it.
  @discardableResult
  func wait(for text: String, after offset: String.Index? = nil, seconds: Double = 20)
    -> String.Index?
  {
    let deadline = Date().addingTimeInterval(seconds)
    while true {
      let start = offset ?? transcript.startIndex
      if let range = transcript[start...].range(of: text) { return range.upperBound }
      let left = deadline.timeIntervalSinceNow
      guard left > 0, readSome(waitingAtMost: min(left, 0.2)) else {
        if left <= 0 { return nil }
        continue
      }
    }
  }

  /// Reads what is ready; false once the program has closed the terminal.
  private func readSome(waitingAtMost seconds: Double) -> Bool {
    var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    guard poll(&poller, 1, Int32(seconds * 1000)) > 0 else { return true }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = read(master, &buffer, buffer.count)
    guard count > 0 else { return false }
    transcript += String(decoding: buffer[..<count], as: UTF8.self)
    return true
  }

  /// Waits up to `seconds` for the program to exit; kills it if it has not. Returns its status.
  @discardableResult
  func stop(waitingAtMost seconds: Double = 5) -> Int32? {
    let deadline = Date().addingTimeInterval(seconds)
    var status: Int32 = 0
    while Date() < deadline {
      _ = readSome(waitingAtMost: 0.05)
      if waitpid(pid, &status, WNOHANG) == pid {
        close(master)
        return status
      }
    }
    kill(pid, SIGKILL)
    waitpid(pid, &status, 0)
    close(master)
    return nil
  }
}
