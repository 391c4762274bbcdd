extension ReportCell {
  /// The outputs with consecutive texts of the same stream joined, as Jupyter shows them.
  ///
  /// Texts are joined as printed: each carries its own line breaks.
  var mergedOutputs: [ReportOutput] {
    var merged: [ReportOutput] = []
    for output in outputs {
      if case .text(let text, let isError) = output,
        case .text(let previous, let previousIsError) = merged.last, isError == previousIsError
      {
        merged[merged.count - 1] = .text(previous + text, isError: isError)
      } else {
        merged.append(output)
      }
    }
    return merged
  }

  /// The facts of the cell header, in reading order: name, line, status, seconds.
  ///
  /// Markdown cells get no status, since they never run.
  var headerFacts: [String] {
    var facts: [String] = []
    if let name { facts.append(name) }
    facts.append("line \(line)")
    if kind == .code { facts.append(status.rawValue) }
    if let seconds { facts.append(Self.formatted(seconds)) }
    return facts
  }

  /// `0.123 s` below ten seconds, `12.3 s` above.
  static func formatted(_ seconds: Double) -> String {
    seconds < 10 ? String(format: "%.3f s", seconds) : String(format: "%.1f s", seconds)
  }
}
