import MNBData
import MNBEngine

/// Reading and checking the four gzip-compressed MNIST files from a warm page cache, then
/// turning the training images into the engine's feature matrix.
enum LoadBenchmark {
  static func run(repeats: Int) throws {
    var splits: LoadedSplits?
    let loading = try Timings.measure(repeats: repeats) {
      splits = try BenchData.load("mnist")
    }
    JSONLine.emit(
      ["benchmark": "load", "dataset": "mnist", "folder": splits!.files.directory.path]
        + loading.fields)

    let train = splits!.train
    let building = Timings.measure(repeats: repeats) {
      keep(FeatureMatrix(train))
    }
    JSONLine.emit(
      ["benchmark": "features", "dataset": "mnist", "split": "train"] + building.fields)
  }
}
