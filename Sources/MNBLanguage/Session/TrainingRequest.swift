import MNBEngine

/// The options of a `train` command, turned into a model kind and training options.
///
/// Without optimiser options the defaults are mnb's recipe for a softmax model; with any, they
/// are the numpy notebook's method for a one-vs-rest model, which the options then change.
struct TrainingRequest {
  /// The kind a new model gets; an existing model keeps its own.
  var kind: LogisticModel.Kind
  /// Whether the user named the kind, so a clash with an existing model can be reported.
  var kindLocation: SourceLocation?
  var options: TrainingOptions
  /// Whether the batch size is the recipe's, not the user's, and may shrink to fit the data.
  var usesRecipeBatch: Bool

  static let notebookMethod = TrainingOptions(epochs: 100, learningRate: 0.1)

  init(_ values: [OptionValue]) throws(SessionFailure) {
    let usesRecipe = !values.contains { TrainingOptionSpecs.optimiserOptionNames.contains($0.name) }
    kind = usesRecipe ? .recommended : .oneVsRest
    options = usesRecipe ? .recommended : Self.notebookMethod
    usesRecipeBatch = usesRecipe

    for option in values {
      try apply(option)
    }
    try checkCombinations(values)
  }

  /// The options for `count` images: the recipe's batch shrinks to what a small data set
  /// leaves for training after its validation split.
  func options(forImageCount count: Int) -> TrainingOptions {
    guard usesRecipeBatch, let batch = options.batchSize else { return options }
    let heldOut = Int((Double(count) * (options.validationFraction ?? 0)).rounded(.up))
    var fitted = options
    fitted.batchSize = max(1, min(batch, count - heldOut))
    return fitted
  }

  private mutating func apply(_ option: OptionValue) throws(SessionFailure) {
    switch (option.name, option.value) {
    case ("model", .word(let word)):
      kind = word == "ovr" ? .oneVsRest : .softmax
      kindLocation = option.location
    case ("epochs", .integer(let value)): options.epochs = value
    case ("rate", .real(let value)): options.learningRate = Float(value)
    case ("batch", .integer(let value)): options.batchSize = value
    case ("seed", .integer(let value)): options.seed = UInt64(value)
    case ("optimizer", .word(let word)): options.optimizer = Self.optimizer(named: word)
    case ("momentum", .real(let value)): options.optimizer = .momentum(Float(value))
    case ("schedule", .word(let word)): options.schedule = Self.schedule(named: word)
    case ("step", .integer(let value)): options.schedule = .step(every: value, factor: stepFactor)
    case ("factor", .real(let value)):
      options.schedule = .step(every: stepEvery, factor: Float(value))
    case ("l2", .real(let value)): options.l2Penalty = Float(value)
    case ("validation", .real(let value)): options.validationFraction = value
    case ("patience", .integer(let value)): options.patience = value
    case ("threads", .integer(let value)): options.threadCount = value
    default: preconditionFailure("TrainingRequest: undeclared option '\(option.name)'")
    }
  }

  /// Options that only make sense with another: each names what it needs.
  private func checkCombinations(_ values: [OptionValue]) throws(SessionFailure) {
    let given = Dictionary(values.map { ($0.name, $0) }) { first, _ in first }
    let word = { (name: String) -> String? in
      if case .word(let word)? = given[name]?.value { return word }
      return nil
    }
    if let momentum = given["momentum"], let optimizer = word("optimizer"), optimizer != "momentum"
    {
      throw SessionFailure(
        .conflictingOptions("'momentum' goes with 'optimizer momentum', not '\(optimizer)'"),
        at: momentum.location)
    }
    for name in ["step", "factor"] {
      if let option = given[name], let schedule = word("schedule"), schedule != "step" {
        throw SessionFailure(
          .conflictingOptions("'\(name)' goes with 'schedule step', not '\(schedule)'"),
          at: option.location)
      }
    }
    if let patience = given["patience"], given["validation"] == nil {
      throw SessionFailure(
        .conflictingOptions("'patience' needs a validation split; add 'validation 0.1'"),
        at: patience.location)
    }
  }

  private var stepEvery: Int {
    if case .step(let every, _) = options.schedule { return every }
    return 10
  }

  private var stepFactor: Float {
    if case .step(_, let factor) = options.schedule { return factor }
    return 0.5
  }

  private static func optimizer(named word: String) -> TrainingOptions.Optimizer {
    switch word {
    case "momentum": .momentum(0.9)
    case "adam": .adam
    default: .gradientDescent
    }
  }

  private static func schedule(named word: String) -> TrainingOptions.Schedule {
    switch word {
    case "cosine": .cosine
    case "step": .step(every: 10, factor: 0.5)
    default: .constant
    }
  }
}
