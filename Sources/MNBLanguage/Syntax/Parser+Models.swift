extension Parser {
  /// Whether a `load` line reads a model file: `load model NAME …`. `load model` alone, or
  /// `load model from "DIR"`, still loads a data set named 'model'.
  var startsModelLoad: Bool {
    guard current.kind == .word("model"), case .word(let word) = next.kind else { return false }
    return word != "from"
  }

  /// `model NAME from "FILE"`, after `load`.
  mutating func modelLoad() throws(SyntaxError) -> Command {
    try expectWord("model")
    let model = try name(describedAs: "a name for the model")
    try expectWord("from")
    return .loadModel(model: model, path: try string(describedAs: "a model file"))
  }

  /// `MODEL "FILE"`, after `save`.
  mutating func modelSave() throws(SyntaxError) -> Command {
    let model = try name(describedAs: "'session' or a model name")
    return .saveModel(model: model, path: try string(describedAs: "a model file to write"))
  }

  /// `MODEL "FILE"`, after `export`.
  mutating func modelExport() throws(SyntaxError) -> Command {
    let model = try name(describedAs: "a model name")
    return .exportModel(
      model: model, path: try string(describedAs: "a file to write, ending in .npy or .csv"))
  }
}
