import Foundation
import Synchronization
import Testing

@testable import MNBPlot

/// Stand-ins for gnuplot that fail in different ways: each must give a clear error, no crash
/// and no file left behind.
struct FailingGnuplotTests {
  func render(
    with body: String, timeout: Duration = .seconds(10),
    isCancelled: @escaping @Sendable () -> Bool = { false }
  ) throws -> (Error?, [String]) {
    try TestSupport.withFolder { folder in
      let fake = try TestSupport.fakeGnuplot(in: folder, body: body)
      let plotter = Plotter(
        environment: TestSupport.environment(gnuplot: fake), timeout: timeout,
        isCancelled: isCancelled)
      var caught: Error?
      do {
        try plotter.render(TestSupport.sampleWeights, to: .file(folder + "/w.png"))
      } catch {
        caught = error
      }
      return (caught, TestSupport.files(in: folder).filter { $0 != "fake-gnuplot" })
    }
  }

  @Test func anErrorExitQuotesTheMessage() throws {
    let (error, files) = try render(with: "cat >/dev/null\necho ' line 0: broken' >&2\nexit 1")

    #expect(
      error as? PlotError
        == .gnuplotFailed(
          executable: (error as? PlotError).flatMap(Self.executable) ?? "", status: 1,
          message: "line 0: broken"))
    #expect(files.isEmpty)
  }

  @Test func aChildKilledAtOnceIsReported() throws {
    let (error, files) = try render(with: "kill -9 $$")

    guard case .gnuplotKilled(_, let signal) = error as? PlotError else {
      Issue.record("expected gnuplotKilled, got \(String(describing: error))")
      return
    }
    #expect(signal == 9)
    #expect(files.isEmpty)
  }

  @Test func garbageInsteadOfTerminalsIsReported() throws {
    let (error, files) = try render(with: "cat >/dev/null\nhead -c 400 /dev/urandom")

    guard case .gnuplotUnusable = error as? PlotError else {
      Issue.record("expected gnuplotUnusable, got \(String(describing: error))")
      return
    }
    #expect(files.isEmpty)
  }

  /// The weights script is larger than a pipe's buffer, so writing it hits EPIPE.
  @Test func aChildThatStopsReadingDoesNotKillUs() throws {
    let (error, files) = try render(with: TestSupport.answersProbe + "\nexit 0")

    #expect(error as? PlotError != nil)
    #expect(files.isEmpty)
  }

  @Test func anEmptyPictureIsRemoved() throws {
    let touchOutput = """
      while IFS= read -r line; do
        case "$line" in "set output '"*) f=${line#"set output '"}; : > "${f%"'"}";; esac
      done
      """

    let (error, files) = try render(with: TestSupport.answersProbe + "\n" + touchOutput)

    guard case .emptyOutput(let path) = error as? PlotError else {
      Issue.record("expected emptyOutput, got \(String(describing: error))")
      return
    }
    #expect(path.hasSuffix("/w.png"))
    #expect(files.isEmpty)
  }

  @Test func aHangingChildIsKilledAtTheTimeout() throws {
    let start = ContinuousClock.now

    let (error, files) = try render(
      with: TestSupport.answersProbe + "\nexec sleep 60", timeout: .milliseconds(400))

    guard case .gnuplotTimedOut(_, let seconds) = error as? PlotError else {
      Issue.record("expected gnuplotTimedOut, got \(String(describing: error))")
      return
    }
    #expect(seconds == 0.4)
    #expect(ContinuousClock.now - start < .seconds(5))
    #expect(files.isEmpty)
  }

  @Test func aHangingChildIsKilledWhenTheCallerStops() throws {
    let questions = Mutex(0)

    let (error, files) = try render(
      with: TestSupport.answersProbe + "\nexec sleep 60", timeout: .seconds(60),
      isCancelled: {
        questions.withLock { count in
          count += 1
          return count > 3
        }
      })

    #expect(error as? PlotError == .cancelled)
    #expect(files.isEmpty)
  }

  static func executable(_ error: PlotError) -> String? {
    if case .gnuplotFailed(let executable, _, _) = error { return executable }
    return nil
  }
}
