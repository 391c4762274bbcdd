extension Parser {
  /// `KIND ...` after the `plot` keyword, then the plot's options.
  mutating func plotRequest() throws(SyntaxError) -> PlotRequest {
    let kinds = ["weights", "loss", "confusion", "images", "errors"]
    let list = kinds.map { "'\($0)'" }.joined(separator: ", ")
    let kind = try name(describedAs: "what to plot: " + list)

    let subject: PlotRequest.Subject
    switch kind.value {
    case "weights":
      subject = .weights(model: try name(describedAs: "a model name"))
    case "loss":
      subject = .loss(models: try modelList())
    case "confusion":
      let model = try name(describedAs: "a model name")
      try expectWord("on")
      subject = .confusion(model: model, data: try dataReference())
    case "images":
      if case .string = current.kind {
        subject = .picture(file: try string(describedAs: "a picture file"))
      } else {
        subject = .images(try dataReference())
      }
    case "errors":
      let model = try name(describedAs: "a model name")
      try expectWord("on")
      subject = .errors(model: model, data: try dataReference())
    default:
      let hint = Suggestion.hint(for: kind.value, among: kinds)
      throw SyntaxError(
        "cannot plot '\(kind.value)'" + (hint.isEmpty ? "; expected one of \(list)" : hint),
        at: kind.location)
    }
    return PlotRequest(subject: subject, options: try options(of: "plot"))
  }

  /// One model name, or several separated by commas.
  private mutating func modelList() throws(SyntaxError) -> [Located<String>] {
    var models = [try name(describedAs: "a model name")]
    while acceptSymbol(",") {
      models.append(try name(describedAs: "a model name after ','"))
    }
    return models
  }
}
