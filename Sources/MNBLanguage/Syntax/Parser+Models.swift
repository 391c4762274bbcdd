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

  /// Whether a `load` line reads a data set from named files: `load data NAME …`. As with
  /// `model`, `load data` alone or `load data from "DIR"` loads a data set named 'data'.
  var startsDataLoad: Bool {
    guard current.kind == .word("data"), case .word(let word) = next.kind else { return false }
    return word != "from"
  }

  /// `data NAME from "FILE" [labels "FILE"]`, after `load`.
  mutating func dataLoad() throws(SyntaxError) -> Command {
    try expectWord("data")
    let name = try name(describedAs: "a name for the data set")
    try expectWord("from")
    let file = try string(describedAs: "a CSV file, or an IDX images file")
    let labels = acceptWord("labels") ? try string(describedAs: "an IDX labels file") : nil
    return .loadData(name: name, file: file, labels: labels)
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
