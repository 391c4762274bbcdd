import Foundation
import MNBData
import MNBEngine

/// The state of one mnb session (its data sets and models) and the commands acting on it.
///
/// A session never writes to the standard streams itself; it speaks through its `Console`.
public final class Session {
  let console: Console
  let environment: [String: String]
  let homeDirectory: String
  let isCancelled: @Sendable () -> Bool

  var datasets: [String: Dataset] = [:]
  var models: [String: LogisticModel] = [:]
  /// Float features of each data set, built on first use and dropped when it is replaced.
  var featureCache: [String: FeatureMatrix] = [:]

  public init(
    console: Console, environment: [String: String], homeDirectory: String,
    isCancelled: @escaping @Sendable () -> Bool = { false }
  ) {
    self.console = console
    self.environment = environment
    self.homeDirectory = homeDirectory
    self.isCancelled = isCancelled
  }

  /// Runs one statement.
  /// - Throws: `SessionFailure` placed at the part of the statement that was wrong.
  public func run(_ statement: Statement) throws(SessionFailure) {
    switch statement.command {
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
    case .listVariables:
      listVariables()
    case .help(let topic):
      try help(topic)
    }
  }

  /// The names of the session's data sets and models, for completion and messages.
  public var datasetNames: [String] { datasets.keys.sorted() }
  public var modelNames: [String] { models.keys.sorted() }

  func bind(_ dataset: Dataset, to name: String) {
    var named = dataset
    named.name = name
    datasets[name] = named
    featureCache[name] = nil
  }
}
