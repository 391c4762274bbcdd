import Foundation

/// The benchmark's commands. Each measures one thing on the data `DatasetCatalog` finds and
/// prints its results as JSON lines on stdout, for `Benchmarks/run` to collect; diagnostics go
/// to stderr.
enum BenchProgram {
  static let usage = """
    usage: mnb-bench COMMAND [--repeats N]
      epoch     one full-batch one-vs-rest epoch on MNIST: 1 and 2 threads, both layouts
      fastest   mnb's fastest recipe to 91.36% on MNIST: softmax, Adam, batch 128, one epoch
      recipe    the default recipe on MNIST, and on Fashion-MNIST when it is found
      sgemm     OpenBLAS sgemm alone on the shapes of an epoch's two products
      load      loading the four MNIST files, and building the training feature matrix
      memory    peak memory of a process that loads MNIST and trains the default recipe
    every timing is the best of N runs (default 10) after one untimed run

    """

  /// Runs the command named in `arguments`; returns the exit status.
  static func run(_ arguments: [String]) -> Int32 {
    let command: BenchCommand
    do {
      command = try BenchCommand(arguments)
    } catch {
      Diagnostics.print("mnb-bench: \(error)\n\(usage)")
      return 64
    }

    do {
      try command.run()
      return 0
    } catch {
      Diagnostics.print("mnb-bench: error: \(error)")
      return 1
    }
  }
}

/// Lines for stderr.
enum Diagnostics {
  static func print(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }
}
