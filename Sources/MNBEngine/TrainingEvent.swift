/// What a training run reports while it runs.
public enum TrainingEvent: Sendable, Equatable {
  /// Epoch `epoch` of `epochs` (both counted within this run, from 1) has finished; `loss` is
  /// the mean logistic loss over classes measured during that epoch.
  case epochEnded(epoch: Int, epochs: Int, loss: Float)
}
