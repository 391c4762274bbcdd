/// A parsed command line: which measurement to take and how many timed runs it makes.
struct BenchCommand {
  enum Name: String, CaseIterable {
    case epoch, fastest, recipe, sgemm, load, memory
  }

  var name: Name
  var repeats = 10

  /// - Throws: `UsageError` for an unknown command or option, or a bad count.
  init(_ arguments: [String]) throws(UsageError) {
    var remaining = arguments[...]
    guard let first = remaining.popFirst() else { throw UsageError("no command given") }
    guard let name = Name(rawValue: first) else {
      throw UsageError("unknown command '\(first)'")
    }
    self.name = name

    while let argument = remaining.popFirst() {
      guard argument == "--repeats" else { throw UsageError("unknown option '\(argument)'") }
      guard let text = remaining.popFirst(), let count = Int(text), count >= 1 else {
        throw UsageError("'--repeats' needs a count of 1 or more")
      }
      repeats = count
    }
  }

  func run() throws {
    switch name {
    case .epoch: try EpochBenchmark.run(repeats: repeats)
    case .fastest: try RecipeBenchmark.runFastest(repeats: repeats)
    case .recipe: try RecipeBenchmark.runRecommended(repeats: repeats)
    case .sgemm: try OpenBLASProducts.run(repeats: repeats)
    case .load: try LoadBenchmark.run(repeats: repeats)
    case .memory: try MemoryBenchmark.run()
    }
  }
}

struct UsageError: Error, CustomStringConvertible {
  var description: String

  init(_ description: String) {
    self.description = description
  }
}
