import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs one child process, feeding it `input` while reading its stdout and stderr in the same
/// `poll` loop, so no pipe can fill up and stall either side.
///
/// A write to a child that already exited fails with EPIPE instead of raising SIGPIPE: the
/// signal is blocked on the calling thread while writing and any pending one is discarded.
/// A child still running at the deadline is killed by its own pid and reaped. Each wait ends
/// with `waitUntilExit`, which lets Foundation release the `Process` (waiting on the
/// termination handler alone leaves it in a reference cycle, about 1 KiB per child).
struct ChildProcess {
  var executable: String
  var arguments: [String] = []
  var environment: [String: String]
  var timeout: Duration
  /// Asked while the child runs; returning true kills it.
  var isCancelled: @Sendable () -> Bool = { false }

  /// - Throws: the error from `Process.run()` when the child cannot start.
  func run(input: Data) throws -> ChildResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = environment
    let (stdin, stdout, stderr) = (Pipe(), Pipe(), Pipe())
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    let exited = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in exited.signal() }

    try process.run()
    let deadline = ContinuousClock.now + timeout

    var streams = PipeStreams(input: input, stdin: stdin, stdout: stdout, stderr: stderr)
    let finished = BrokenPipeGuard.run {
      streams.pump(until: deadline, isCancelled: isCancelled)
    }
    streams.closeAll()

    var ending = wait(for: process, exited: exited, deadline: finished ? deadline : nil)
    if ending == .timedOut && isCancelled() { ending = .cancelled }
    return ChildResult(
      ending: ending, output: streams.output, errors: streams.errors,
      inputWasCutShort: streams.inputWasCutShort)
  }

  /// Waits for exit until `deadline`; kills the child (by its pid only) when time is up or
  /// when `deadline` is `nil`, meaning the streams already ran out of time.
  private func wait(
    for process: Process, exited: DispatchSemaphore, deadline: ContinuousClock.Instant?
  ) -> ChildResult.Ending {
    if let deadline {
      let left = max(0, (deadline - ContinuousClock.now) / .milliseconds(1))
      if exited.wait(timeout: .now() + .milliseconds(Int(left))) == .success {
        process.waitUntilExit()
        return ending(of: process)
      }
    }
    kill(process.processIdentifier, SIGKILL)
    exited.wait()
    process.waitUntilExit()
    return .timedOut
  }

  private func ending(of process: Process) -> ChildResult.Ending {
    process.terminationReason == .uncaughtSignal
      ? .signalled(process.terminationStatus) : .exited(process.terminationStatus)
  }
}
