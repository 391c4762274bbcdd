import MNBEngine
import Testing

@testable import MNBLanguage

/// How `load model` and `vars` word the options a model was last trained with.
@Suite struct TrainingSummaryTests {
  @Test func theRecipeReadsAsItsOptions() {
    let run = TrainingRun(options: .recommended, epochsRun: 6)
    #expect(run.summary == "adam, rate 0.02, batch 256, cosine, l2 0.0001, seed 0")
  }

  @Test func aRunThatStoppedShortSaysHowFarItGot() {
    let options = TrainingOptions(
      epochs: 20, learningRate: 0.1, seed: 4, optimizer: .momentum(0.9),
      schedule: .step(every: 5, factor: 0.5), l2Penalty: 1e-5, validationFraction: 0.1,
      patience: 2, threadCount: 1)
    #expect(
      TrainingRun(options: options, epochsRun: 7).summary
        == "last 7 of 20 epochs: momentum 0.9, rate 0.1, full batch, step 5 factor 0.5, "
        + "l2 1e-05, validation 0.1, patience 2, seed 4, threads 1")
  }

  @Test func adamWithOtherConstantsNamesThem() {
    let options = TrainingOptions(
      epochs: 1, learningRate: 1, optimizer: .adam(beta1: 0.5, beta2: 0.25, epsilon: 1e-6))
    #expect(
      TrainingRun(options: options, epochsRun: 1).summary
        == "adam (beta1 0.5, beta2 0.25, epsilon 1e-06), rate 1, full batch, constant, l2 0, "
        + "seed 0")
  }
}
