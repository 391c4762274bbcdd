import MNBEngine
import Testing

@Suite("Evaluation")
struct EvaluationTests {
  /// Truth 0 0 0 1 1 2, predicted 0 0 1 1 2 2; class 3 has no images and is never predicted.
  private let evaluation = Evaluation(
    predictions: [0, 0, 1, 1, 2, 2], labels: [0, 0, 0, 1, 1, 2],
    classNames: ["a", "b", "c", "d"])

  @Test("the confusion matrix counts truth against prediction")
  func confusion() {
    #expect(evaluation.confusion == [[2, 1, 0, 0], [0, 1, 1, 0], [0, 0, 1, 0], [0, 0, 0, 0]])
    #expect(evaluation.correct == 4 && evaluation.total == 6)
    #expect(evaluation.accuracy == 4.0 / 6)
  }

  @Test("precision and recall per class, 0 where undefined")
  func precisionAndRecall() {
    #expect(evaluation.predictedCounts == [2, 2, 2, 0])
    #expect(evaluation.precisions == [1, 0.5, 0.5, 0])
    #expect(evaluation.recalls == [2.0 / 3, 0.5, 1, 0])
    #expect(evaluation.recalls == evaluation.classAccuracies)
  }
}
