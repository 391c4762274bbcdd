import Testing

@testable import MNBEngine

@Suite("Optimisers and schedules")
struct OptimizerTests {
  /// 300 images, so batches of 150 split into halves that two threads share.
  private let separable = FeatureMatrix(Fixtures.separableDataset(countPerClass: 100))

  private static let recipes: [(TrainingOptions.Optimizer, TrainingOptions.Schedule, Float)] = [
    (.gradientDescent, .constant, 1),
    (.gradientDescent, .cosine, 1),
    (.momentum(0.9), .constant, 0.1),
    (.momentum(0.9), .step(every: 2, factor: 0.5), 0.1),
    (.adam, .constant, 0.05),
    (.adam, .cosine, 0.05),
    (.adam, .step(every: 3, factor: 0.3), 0.05),
  ]

  private func options(
    _ optimizer: TrainingOptions.Optimizer, _ schedule: TrainingOptions.Schedule, _ rate: Float,
    batchSize: Int? = 150, threadCount: Int = 2
  ) -> TrainingOptions {
    TrainingOptions(
      epochs: 8, learningRate: rate, batchSize: batchSize, seed: 5, optimizer: optimizer,
      schedule: schedule, l2Penalty: 1e-4, threadCount: threadCount)
  }

  private func model(_ kind: LogisticModel.Kind) -> LogisticModel {
    LogisticModel(inputSize: 16, classNames: separable.classNames, seed: 3, kind: kind)
  }

  @Test("every optimiser and schedule separates a separable set", arguments: recipes)
  func separates(
    optimizer: TrainingOptions.Optimizer, schedule: TrainingOptions.Schedule, rate: Float
  ) throws {
    for kind in [LogisticModel.Kind.oneVsRest, .softmax] {
      var model = model(kind)
      try model.train(on: separable, options: options(optimizer, schedule, rate))

      #expect(try model.evaluation(on: separable).accuracy == 1, "\(kind)")
      #expect(model.lossHistory.last! < model.lossHistory.first!)
    }
  }

  @Test("a seed repeats a run bit for bit, on one thread or two", arguments: recipes)
  func repeatable(
    optimizer: TrainingOptions.Optimizer, schedule: TrainingOptions.Schedule, rate: Float
  ) throws {
    for batchSize in [nil, 150, 7] as [Int?] {
      var runs: [LogisticModel] = []
      for threadCount in [2, 2, 1] {
        var model = model(.softmax)
        try model.train(
          on: separable,
          options: options(
            optimizer, schedule, rate, batchSize: batchSize, threadCount: threadCount))
        runs.append(model)
      }

      #expect(runs[0].weights == runs[1].weights)
      #expect(runs[0].weights == runs[2].weights)
      #expect(runs[0].lossHistory == runs[2].lossHistory)
    }
  }

  @Test("the cosine schedule falls from the full rate to nearly 0 at the last step")
  func cosineSchedule() {
    let rates = (0..<100).map {
      TrainingOptions.Schedule.cosine.rate(base: 0.5, step: $0, of: 100, epoch: $0 / 10)
    }

    #expect(rates[0] == 0.5)
    #expect(abs(rates[50] - 0.25) < 1e-6)
    #expect(rates[99] < 0.5 * 0.001)
    #expect(zip(rates, rates.dropFirst()).allSatisfy { $0 > $1 })
  }

  @Test("the step schedule multiplies the rate by its factor every interval")
  func stepSchedule() {
    let schedule = TrainingOptions.Schedule.step(every: 3, factor: 0.5)
    let rates = (0..<7).map { schedule.rate(base: 0.8, step: 0, of: 1, epoch: $0) }

    #expect(rates == [0.8, 0.8, 0.8, 0.4, 0.4, 0.4, 0.2])
    #expect(TrainingOptions.Schedule.constant.rate(base: 0.8, step: 9, of: 10, epoch: 9) == 0.8)
  }
}
