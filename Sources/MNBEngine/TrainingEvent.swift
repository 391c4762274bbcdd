/// What a training run reports while it runs.
public enum TrainingEvent: Sendable, Equatable {
  /// Epoch `epoch` of `epochs` (both counted within this run, from 1) has finished; `loss` is
  /// the training loss measured during that epoch, with the L2 penalty: for one-vs-rest the
  /// mean logistic loss over classes, for softmax the mean cross-entropy.
  case epochEnded(epoch: Int, epochs: Int, loss: Float)
  /// With a validation split, sent after `epochEnded` for the same epoch: the held-out
  /// images' mean loss (without the penalty) and the fraction of them classified correctly.
  case validated(epoch: Int, epochs: Int, loss: Float, accuracy: Double)
  /// Early stopping ended the run after epoch `epoch`: the validation loss had not improved
  /// since epoch `bestEpoch`, whose weights the model keeps.
  case stoppedEarly(epoch: Int, bestEpoch: Int, bestLoss: Float)
}
