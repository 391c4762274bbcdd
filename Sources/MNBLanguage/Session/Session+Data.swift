import Foundation
import MNBData

extension Session {
  func load(_ name: Located<String>, from directory: Located<String>?) throws(SessionFailure) {
    let started = Date()
    let splits: LoadedSplits
    do {
      splits = try withLoadMonitor { monitor throws(DatasetError) in
        try DatasetCatalog(environment: environment, homeDirectory: homeDirectory)
          .load(name.value, from: directory?.value, monitor: monitor)
      }
    } catch {
      throw loadFailure(error, of: name, from: directory)
    }

    for note in splits.notes { console.printProblem("note: \(note)") }
    bind(splits.train, to: "train")
    bind(splits.test, to: "test")
    let seconds = Date().timeIntervalSince(started)
    console.printLog(
      "loaded \(name.value) from '\(splits.files.directory.path)' in \(Format.seconds(seconds))")
    console.print(Format.shape(of: splits.train, named: "train"))
    console.print(Format.shape(of: splits.test, named: "test"))
  }

  /// `load data NAME from "FILE" [labels "FILE"]`: one data set from a CSV file, or from an
  /// IDX images file and its labels; on any error the session's data sets stay as they were.
  func loadData(
    _ name: Located<String>, from file: Located<String>, labels: Located<String>?
  ) throws(SessionFailure) {
    let started = Date()
    let dataset: Dataset
    do {
      dataset = try withLoadMonitor { monitor throws(DatasetError) in
        try readDataset(named: name.value, from: file.value, labels: labels?.value, monitor)
      }
    } catch {
      throw loadFailure(error, of: name, from: argument(at: error, file: file, labels: labels))
    }

    bind(dataset, to: name.value)
    let source = labels.map { "'\(file.value)' and '\($0.value)'" } ?? "'\(file.value)'"
    let seconds = Date().timeIntervalSince(started)
    console.printLog("loaded \(name.value) from \(source) in \(Format.seconds(seconds))")
    console.print(Format.shape(of: dataset, named: name.value))
  }

  /// Runs `read` with a monitor that Ctrl-C and time limits stop and that shows the progress
  /// on a terminal; the progress line is finished however `read` ends.
  private func withLoadMonitor<Loaded>(
    _ read: (LoadMonitor) throws(DatasetError) -> Loaded
  ) throws(DatasetError) -> Loaded {
    let progress = LoadProgress(console: console)
    defer { progress.finish() }
    let monitor = LoadMonitor(
      isCancelled: { [unowned self] in self.shouldStop() }, progress: progress.handle)
    return try read(monitor)
  }

  private func readDataset(
    named name: String, from file: String, labels: String?, _ monitor: LoadMonitor
  ) throws(DatasetError) -> Dataset {
    let url = URL(fileURLWithPath: file)
    guard let labels else {
      return try CSVDatasetReader.read(contentsOf: url, name: name, monitor: monitor)
    }
    return try loadDataset(
      images: url, labels: URL(fileURLWithPath: labels), name: name, monitor: monitor)
  }

  /// The argument of `load data` naming the file `error` is about: the images (or CSV) file
  /// when the error names it, else the labels file, which the errors about the pair point at.
  private func argument(
    at error: DatasetError, file: Located<String>, labels: Located<String>?
  ) -> Located<String> {
    guard let labels else { return file }
    if case .unreadable(let problem) = error,
      problem.url.standardizedFileURL == URL(fileURLWithPath: file.value).standardizedFileURL
    {
      return file
    }
    return labels
  }

  private func loadFailure(
    _ error: DatasetError, of name: Located<String>, from directory: Located<String>?
  ) -> SessionFailure {
    let location = directory?.location ?? name.location
    guard case .unreadable(.cancelled) = error else {
      return SessionFailure(.loadFailed(dataset: name.value, reason: "\(error)"), at: location)
    }
    let step = "loading '\(name.value)' stopped; the data sets are as they were"
    if let deadline, deadline.hasPassed {
      return SessionFailure(.timedOut(seconds: deadline.seconds, step: step), at: location)
    }
    return SessionFailure(.interrupted(step: step), at: location)
  }

  func show(_ reference: DataReference) throws(SessionFailure) {
    let dataset = try self.dataset(reference.name)
    switch reference.selection {
    case .index(let index):
      try checkIndex(index, in: dataset, at: reference.name.location)
      let label = dataset.classNames[Int(dataset.labels[index])]
      console.print("\(dataset.name)[\(index)]: label \(label)")
      console.output(TextImage(dataset: dataset, index: index).rendered)
    case .range:
      let selected = try select(reference)
      console.print(Format.shape(of: selected))
      console.output(Format.classCountTable(of: selected, width: console.columns()))
    case nil:
      console.print(Format.shape(of: dataset))
      console.output(Format.classCountTable(of: dataset, width: console.columns()))
    }
  }

  func dataset(_ name: Located<String>) throws(SessionFailure) -> Dataset {
    guard let dataset = datasets[name.value] else {
      throw SessionFailure(
        .unknownDataset(name: name.value, known: datasetNames), at: name.location)
    }
    return dataset
  }

  /// The images a reference selects, as a data set (the whole one when nothing is selected).
  func select(_ reference: DataReference) throws(SessionFailure) -> Dataset {
    let dataset = try self.dataset(reference.name)
    switch reference.selection {
    case nil:
      return dataset
    case .index(let index):
      try checkIndex(index, in: dataset, at: reference.name.location)
      return dataset.slice(index..<index + 1)
    case .range(let from, let to):
      let lower = from ?? 0
      let upper = min(to ?? dataset.count, dataset.count)
      guard lower < upper else {
        throw SessionFailure(
          .emptyRange(
            dataset: dataset.name, from: lower, to: to ?? dataset.count,
            count: dataset.count), at: reference.name.location)
      }
      return dataset.slice(lower..<upper)
    }
  }

  private func checkIndex(_ index: Int, in dataset: Dataset, at location: SourceLocation)
    throws(SessionFailure)
  {
    guard index < dataset.count else {
      throw SessionFailure(
        .indexOutOfRange(dataset: dataset.name, index: index, count: dataset.count), at: location)
    }
  }
}
