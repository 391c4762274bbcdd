/// The body of a gnuplot script: named datablocks holding numbers only, then commands.
///
/// The terminal and output lines are added by `Plotter`, so one body serves every destination.
struct GnuplotScript: Sendable, Equatable {
  private(set) var datablocks: [String] = []
  private(set) var commands: [String] = []

  /// Adds `$name << EOD` with one line per row. Rows hold numbers formatted by `GnuplotText`,
  /// never user text: a user line reading `EOD` would end the block.
  mutating func addDatablock(named name: String, rows: [String]) {
    precondition(
      name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") },
      "GnuplotScript.addDatablock: bad name '\(name)'")
    var block = "$\(name) << EOD\n"
    block.reserveCapacity(rows.reduce(block.utf8.count + 4) { $0 + $1.utf8.count + 1 })
    for row in rows {
      block += row
      block += "\n"
    }
    block += "EOD\n"
    datablocks.append(block)
  }

  mutating func add(_ command: String) {
    commands.append(command)
  }

  mutating func add(_ lines: [String]) {
    commands += lines
  }

  /// The whole script: `preamble` (terminal and output), data, commands, then `unset output`
  /// so the picture is complete before gnuplot exits.
  func text(preamble: [String]) -> String {
    var text = preamble.map { $0 + "\n" }.joined()
    text += datablocks.joined()
    text += commands.map { $0 + "\n" }.joined()
    text += "unset multiplot\nunset output\n"
    return text
  }
}
