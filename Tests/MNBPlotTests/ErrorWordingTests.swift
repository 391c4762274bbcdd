import Testing

@testable import MNBPlot

/// The message grammar, checked once per family: lowercase, values in single quotes, the cause
/// after a colon, a hint after a semicolon.
struct ErrorWordingTests {
  static let cases: [(PlotError, String)] = [
    (
      PlotError.unsupportedExtension(path: "w.jpg", extension: "jpg"),
      "cannot write 'w.jpg': unknown picture format 'jpg'; use '.png' or '.svg'"
    ),
    (
      PlotError.unsafePath("|rm x"),
      "cannot write '|rm x': a path may not start with '|' or '<', which gnuplot would run as a "
        + "command; rename the file"
    ),
    (
      PlotError.controlCharacter(field: "title", text: "a\nb"),
      "cannot use title 'a\\u{a}b': it holds a control character; remove line breaks, tabs and "
        + "escape codes"
    ),
    (
      PlotError.gnuplotFailed(executable: "/g", status: 1, message: "line 0: invalid command"),
      "gnuplot failed: line 0: invalid command"
    ),
    (
      PlotError.gnuplotMissing(override: "/x/gp", savedScript: nil),
      "cannot draw: MNB_GNUPLOT names '/x/gp', which is not an executable file; install it with "
        + "'apt-get install gnuplot-nox' or set MNB_GNUPLOT to its path"
    ),
    (
      PlotError.gnuplotTimedOut(executable: "/g", seconds: 30),
      "gnuplot '/g' failed: no answer within 30 seconds, so it was stopped; draw fewer panels "
        + "or a smaller picture"
    ),
    (
      PlotError.nonPositiveOnLogScale(series: "run", epoch: 3, value: 0),
      "cannot draw loss 'run' on a log scale: epoch 3 has '0.0', which is not above zero; "
        + "use a linear scale"
    ),
  ]

  @Test(arguments: cases)
  func messages(error: PlotError, expected: String) {
    #expect(error.description == expected)
  }

  @Test func sixelSupportFollowsTheOverrideThenTheTerminal() {
    #expect(TerminalGraphics.supportsSixel(environment: ["MNB_SIXEL": "1", "TERM": "dumb"]))
    #expect(!TerminalGraphics.supportsSixel(environment: ["MNB_SIXEL": "0", "TERM": "foot"]))
    #expect(TerminalGraphics.supportsSixel(environment: ["TERM": "foot"]))
    #expect(TerminalGraphics.supportsSixel(environment: ["TERM_PROGRAM": "WezTerm"]))
    #expect(!TerminalGraphics.supportsSixel(environment: ["TERM": "xterm-256color"]))
  }
}
