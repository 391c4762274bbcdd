#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Applies an optimiser's steps to a flat buffer of weights, keeping its state between steps.
///
/// The state (momentum's velocity, Adam's two moments) starts at zero with each training call.
final class ParameterUpdate {
  private let optimizer: TrainingOptions.Optimizer
  private let first: UnsafeMutableBufferPointer<Float>
  private let second: UnsafeMutableBufferPointer<Float>
  private var stepCount = 0

  init(optimizer: TrainingOptions.Optimizer, count: Int) {
    self.optimizer = optimizer
    let firstCount = optimizer == .gradientDescent ? 0 : count
    var secondCount = 0
    if case .adam = optimizer { secondCount = count }
    first = .allocate(capacity: firstCount)
    first.initialize(repeating: 0)
    second = .allocate(capacity: secondCount)
    second.initialize(repeating: 0)
  }

  deinit {
    first.deallocate()
    second.deallocate()
  }

  /// Moves `weights` one step against `gradient` at `rate`.
  func apply(
    to weights: UnsafeMutableBufferPointer<Float>, gradient: UnsafeBufferPointer<Float>,
    rate: Float
  ) {
    stepCount += 1
    switch optimizer {
    case .gradientDescent:
      for i in weights.indices {
        weights[i] -= rate * gradient[i]
      }

    case .momentum(let momentum):
      for i in weights.indices {
        first[i] = momentum * first[i] + gradient[i]
        weights[i] -= rate * first[i]
      }

    case .adam(let beta1, let beta2, let epsilon):
      adam(weights, gradient, rate: rate, beta1: beta1, beta2: beta2, epsilon: epsilon)
    }
  }

  private func adam(
    _ weights: UnsafeMutableBufferPointer<Float>, _ gradient: UnsafeBufferPointer<Float>,
    rate: Float, beta1: Float, beta2: Float, epsilon: Float
  ) {
    // The bias corrections divide out the zero start of both moments.
    let correction1 = Float(1 / (1 - pow(Double(beta1), Double(stepCount))))
    let correction2 = Float(1 / (1 - pow(Double(beta2), Double(stepCount))))

    for i in weights.indices {
      let g = gradient[i]
      first[i] = beta1 * first[i] + (1 - beta1) * g
      second[i] = beta2 * second[i] + (1 - beta2) * g * g
      let mean = first[i] * correction1
      let spread = (second[i] * correction2).squareRoot() + epsilon
      weights[i] -= rate * mean / spread
    }
  }
}
