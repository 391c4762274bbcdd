import Foundation
import MNBData
import MNBEngine
import MNBPlot

/// The state of one mnb session (its data sets and models) and the commands acting on it.
///
/// A session never writes to the standard streams itself; it speaks through its `Console`.
public final class Session {
  /// Where output goes; a notebook runner swaps in one that also records each cell's output.
  public var console: Console
  let environment: [String: String]
  let homeDirectory: String
  let isCancelled: @Sendable () -> Bool

  var datasets: [String: Dataset] = [:]
  var models: [String: LogisticModel] = [:]
  /// Float features of each data set, built on first use and dropped when it is replaced.
  var featureCache: [String: FeatureMatrix] = [:]
  /// The values `$NAME` stands for in the lines parsed from now on.
  public var parameters: [String: ParameterValue] = [:]
  /// A time limit for the command running now: long steps stop at their next safe point
  /// once it has passed, and fail as timed out.
  public var deadline: TimeLimit?
  /// Runs a notebook file in this session; installed by the program, which knows notebooks.
  public var notebookRunner: ((String, SourceLocation) throws(SessionFailure) -> Void)?
  /// Where plots go when a command names no file.
  public var plotOutput: PlotOutput = .folder("mnb_files", prefix: "plot")
  /// A folder every plot is also written to (`set plots "DIR"`), in the terminal session.
  var plotFolder: String?
  var plotCounts: [String: Int] = [:]
  let plotter: Plotter
  /// The accuracy of each model's latest `eval`, and on what, for `vars`.
  var lastAccuracies: [String: (accuracy: Double, dataset: String)] = [:]
  /// The image height and width each model was made for, by model name.
  var modelImageShapes: [String: (height: Int, width: Int)] = [:]
  /// Set by `exit`: whoever reads commands should stop.
  public internal(set) var hasExited = false
  /// The lines that ran, for `save session`.
  var transcript: [String] = []
  var notebookDepth = 0
  static let maximumNotebookDepth = 8
  /// The notebooks running now, outermost first: as written, and resolved to tell one file
  /// under two names.
  var runningNotebooks: [(shown: String, resolved: String)] = []

  public init(
    console: Console, environment: [String: String], homeDirectory: String,
    isCancelled: @escaping @Sendable () -> Bool = { false }
  ) {
    self.console = console
    self.environment = environment
    self.homeDirectory = homeDirectory
    self.isCancelled = isCancelled
    self.plotter = Plotter(environment: environment, isCancelled: isCancelled)
  }

  /// Runs one statement.
  /// - Throws: `SessionFailure` placed at the part of the statement that was wrong.
  public func run(_ statement: Statement) throws(SessionFailure) {
    let epochsBefore = trainedEpochs(of: statement)
    do {
      try perform(statement.command)
    } catch {
      if error.isInterruption || error.isTimeout {
        rememberInterrupted(statement, afterEpochs: trainedEpochs(of: statement) - epochsBefore)
      }
      throw error
    }
    remember(statement)
  }

  /// The epochs the model a `train` statement names has had so far; 0 for other statements.
  private func trainedEpochs(of statement: Statement) -> Int {
    guard case .train(let model, _, _) = statement.command else { return 0 }
    return models[model.value]?.lossHistory.count ?? 0
  }

  private func perform(_ command: Command) throws(SessionFailure) {
    switch command {
    case .load(let dataset, let directory):
      try load(dataset, from: directory)
    case .show(let reference):
      try show(reference)
    case .train(let model, let data, let options):
      try train(model, on: data, options: options)
    case .evaluate(let model, let data):
      try evaluate(model, on: data)
    case .predict(let model, let data):
      try predict(model, on: data)
    case .predictPicture(let model, let file):
      try predict(model, onPicture: file)
    case .showPicture(let file):
      try showPicture(file)
    case .declareParameter(let declaration):
      declare(declaration)
    case .runNotebook(let path):
      try runNotebook(path)
    case .saveSession(let path):
      try saveSession(to: path)
    case .saveModel(let model, let path):
      try saveModel(model, to: path)
    case .loadData(let name, let file, let labels):
      try loadData(name, from: file, labels: labels)
    case .loadModel(let model, let path):
      try loadModel(model, from: path)
    case .exportModel(let model, let path):
      try exportModel(model, to: path)
    case .plot(let request):
      try plot(request)
    case .set(let setting, let value):
      try setOption(setting, to: value)
    case .listVariables:
      listVariables()
    case .exit:
      hasExited = true
    case .time(let timed):
      let started = Date()
      try perform(timed)
      console.print("time: \(Format.seconds(Date().timeIntervalSince(started)))")
    case .reset:
      reset()
    case .help(let topic):
      try help(topic)
    }
  }

  /// The names of the session's data sets and models, for completion and messages.
  public var datasetNames: [String] { datasets.keys.sorted() }
  public var modelNames: [String] { models.keys.sorted() }

  /// Whether a long step should stop now: the user interrupted, or the time limit passed.
  func shouldStop() -> Bool {
    isCancelled() || deadline?.hasPassed == true
  }

  func reset() {
    datasets = [:]
    models = [:]
    featureCache = [:]
    parameters = [:]
    modelImageShapes = [:]
    lastAccuracies = [:]
    console.print("the session is empty")
  }

  func declare(_ declaration: ParameterDeclaration) {
    let value = parameters[declaration.name] ?? declaration.defaultValue
    parameters[declaration.name] = value
    let source = value == declaration.defaultValue ? "" : " (default \(declaration.defaultValue))"
    console.print("$\(declaration.name) = \(value)\(source)")
  }

  func bind(_ dataset: Dataset, to name: String) {
    var named = dataset
    named.name = name
    datasets[name] = named
    featureCache[name] = nil
  }
}
