/// The kernel for one layout and class count, behind a width-independent face.
///
/// Each closure wraps a `SparseKernel` or `DenseKernel` specialised for its lane type, so
/// callers need not be generic; the cost is one indirect call per list of rows.
struct RowKernel {
  /// The widest kernel's lanes, so the most classes a model can have.
  static let maximumClassCount = 64

  /// Floats per padded weight row: the class count rounded up to the kernel's lanes.
  let laneWidth: Int
  /// See `SparseKernel.accumulate(_:weights:into:scale:)`.
  let accumulate:
    (
      _ indices: UnsafeBufferPointer<Int32>, _ weights: UnsafePointer<Float>,
      _ gradient: UnsafeMutablePointer<Float>, _ scale: Float
    ) -> Double
  /// See `SparseKernel.logits(_:weights:into:)`.
  let logits:
    (
      _ indices: UnsafeBufferPointer<Int32>, _ weights: UnsafePointer<Float>,
      _ logits: UnsafeMutablePointer<Float>
    ) -> Void
  /// See `SparseKernel.score(_:weights:)`.
  let score:
    (_ indices: UnsafeBufferPointer<Int32>, _ weights: UnsafePointer<Float>) -> (
      loss: Double, correct: Int
    )

  /// The kernel for `classCount` classes, which must be at most `maximumClassCount`.
  init(rows: SparseRows, kind: LogisticModel.Kind, classCount: Int) {
    switch classCount {
    case ...4: self.init(SIMD4<Float>.self, rows, kind, classCount)
    case ...8: self.init(SIMD8<Float>.self, rows, kind, classCount)
    case ...12: self.init(Lanes12.self, rows, kind, classCount)
    case ...16: self.init(SIMD16<Float>.self, rows, kind, classCount)
    case ...32: self.init(SIMD32<Float>.self, rows, kind, classCount)
    case ...Self.maximumClassCount: self.init(SIMD64<Float>.self, rows, kind, classCount)
    default: preconditionFailure("RowKernel.init: \(classCount) classes exceed the widest lanes")
    }
  }

  private init<V: ClassLanes>(
    _ lanes: V.Type, _ rows: SparseRows, _ kind: LogisticModel.Kind, _ classCount: Int
  ) {
    laneWidth = V.width
    guard rows.layout == .sparse else {
      // The two halves are this engine's threads; OpenBLAS's own would only compete.
      BLAS.setThreadCount(1)
      let kernel = DenseKernel<V>(
        bytes: rows.pixels, labels: rows.labels, scale: rows.scale,
        pixelsPerImage: rows.pixelsPerImage, kind: kind, classCount: classCount)
      accumulate = { kernel.accumulate($0, weights: $1, into: $2, scale: $3) }
      logits = { kernel.logits($0, weights: $1, into: $2) }
      score = { kernel.score($0, weights: $1) }
      return
    }

    let kernel = SparseKernel<V>(rows: rows, kind: kind, classCount: classCount)
    accumulate = { kernel.accumulate($0, weights: $1, into: $2, scale: $3) }
    logits = { kernel.logits($0, weights: $1, into: $2) }
    score = { kernel.score($0, weights: $1) }
  }

  /// Copies `weights` (`rows × classCount`) into `padded` (`rows × laneWidth`), zeroing the
  /// extra lanes.
  func pad(_ weights: [Float], classCount: Int, into padded: UnsafeMutableBufferPointer<Float>) {
    padded.update(repeating: 0)
    for row in 0..<padded.count / laneWidth {
      for c in 0..<classCount {
        padded[row * laneWidth + c] = weights[row * classCount + c]
      }
    }
  }

  /// The first `classCount` lanes of each padded row.
  func unpad(_ padded: UnsafeBufferPointer<Float>, classCount: Int) -> [Float] {
    let rows = padded.count / laneWidth
    return (0..<rows * classCount).map { padded[$0 / classCount * laneWidth + $0 % classCount] }
  }
}
