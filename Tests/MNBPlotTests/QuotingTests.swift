import Testing

@testable import MNBPlot

/// User text reaches gnuplot only inside single-quoted strings, or not at all.
@Suite struct QuotingTests {
  static let hostile = [
    "`touch X`", "system(\"touch X\")", "it's", "@macro", "x'; system('touch X'); '",
    "'.system('touch X').'", "a; set output '|touch X'", "EOD", "\\' `id`",
  ]

  @Test(arguments: hostile)
  func hostileTextStaysInsideQuotes(text: String) throws {
    let plots: [Plot] = [
      .weights(
        WeightHeatmap(
          weights: [Float](repeating: 1, count: 10), height: 2, width: 2,
          classNames: [text, "b"], title: text)),
      .losses(
        LossCurves(
          series: [LossSeries(name: text, training: [1, 2], validation: [1, 2])],
          title: text)),
      .confusion(
        ConfusionMatrix(counts: [[1, 0], [0, 1]], classNames: [text, text], title: text)),
      .images(
        ImageGrid(
          images: [[0, 1, 2, 3]], height: 2, width: 2, captions: [text],
          title: text)),
    ]

    for plot in plots {
      let script = try plot.script(
        on: PlotCanvas(isText: false, size: .init(width: 400, height: 300)))
      let outside = Self.outsideQuotes(script.commands.joined(separator: "\n"))
      for danger in ["`", "system", "@", "touch", "EOD", "|"] {
        #expect(!outside.contains(danger), "'\(danger)' outside quotes for \(plot)")
      }
      let quoted = try GnuplotText.quoted(text, field: "t")
      #expect(script.commands.joined().contains(quoted))
    }
  }

  @Test(arguments: ["a\nsystem('touch X')", "tab\there", "cr\r", "esc\u{1b}[2J", "del\u{7f}"])
  func controlCharactersAreRefused(text: String) {
    #expect(throws: PlotError.controlCharacter(field: "title", text: text)) {
      try LossCurves(series: [LossSeries(name: "a", training: [1])], title: text)
        .script(on: PlotCanvas(isText: true, size: .init(width: 80, height: 24)))
    }
    #expect(throws: PlotError.controlCharacter(field: "class name", text: text)) {
      try ConfusionMatrix(counts: [[1]], classNames: [text])
        .script(on: PlotCanvas(isText: true, size: .init(width: 80, height: 24)))
    }
  }

  @Test func apostrophesAreJoinedOnAndNothingElseChanges() throws {
    #expect(try GnuplotText.quoted("it's `x` @m \\n", field: "t") == #"'it'."'".'s `x` @m \n'"#)
    #expect(try GnuplotText.quoted("'", field: "t") == #"''."'".''"#)
    #expect(try GnuplotText.quoted("", field: "t") == "''")
  }

  @Test func numbersForCommandsAreFormattedPlainly() {
    #expect(GnuplotText.number(2) == "2")
    #expect(GnuplotText.number(-0.25) == "-0.25")
    #expect(GnuplotText.datum(Float.nan) == "nan")
    #expect(GnuplotText.datum(-Double.infinity) == "nan")
  }

  /// The script with every quoted string removed. The only double-quoted string allowed is
  /// `"'"`, the apostrophe joined between single-quoted pieces.
  static func outsideQuotes(_ script: String) -> String {
    var outside = ""
    var quote: Character?
    var doubleQuoted = ""
    for character in script {
      switch (quote, character) {
      case (nil, "'"), (nil, "\""):
        quote = character
        doubleQuoted = ""
      case ("'", "'"):
        quote = nil
      case ("\"", "\""):
        #expect(doubleQuoted == "'", "unexpected double-quoted string")
        quote = nil
      case ("\"", _):
        doubleQuoted.append(character)
      case (nil, _):
        outside.append(character)
      default:
        break
      }
    }
    #expect(quote == nil, "a string is left open")
    return outside
  }
}
