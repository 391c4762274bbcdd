import COpenBLAS
import Foundation
import MNBData

/// OpenBLAS's `sgemm` alone on the shapes of a one-vs-rest epoch over MNIST's training set:
/// `X·W` (60000×785 by 785×10) and `Xᵀ·R` (785×60000 by 60000×10), `X` being the scaled
/// pixels with the bias column, as dense `Float`s. The baseline for the engine's products.
///
/// This is the benchmark's only file that calls OpenBLAS.
enum OpenBLASProducts {
  /// Settings that change which kernel OpenBLAS picks, recorded with every measurement.
  static let settingNames = ["OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE", "OPENBLAS_NUM_THREADS"]

  static func run(repeats: Int) throws {
    let train = try BenchData.load("mnist").train
    let shape = ProductShape(
      rows: train.count, columns: train.pixelsPerImage + 1, classes: train.classCount,
      nonzeros: train.count * (train.pixelsPerImage + 1))
    let x = denseFeatures(train)
    let w = (0..<shape.columns * shape.classes).map { Float($0 % 7) / 7 - 0.5 }
    let r = (0..<shape.rows * shape.classes).map { Float($0 % 11) / 11 - 0.5 }

    JSONLine.emit([
      "benchmark": "openblas", "environment": settings,
      "config": String(cString: openblas_get_config()),
      "core": String(cString: openblas_get_corename()),
      "processors": Int(openblas_get_num_procs()),
    ])
    for threads in [1, 2] {
      openblas_set_num_threads(Int32(threads))
      let forward = Timings.measure(repeats: repeats) {
        keep(multiply(x, w, shape: shape))
      }
      emit("forward", threads: threads, timings: forward, shape: shape)

      let gradient = Timings.measure(repeats: repeats) {
        keep(multiplyTransposed(x, r, shape: shape))
      }
      emit("gradient", threads: threads, timings: gradient, shape: shape)
    }
  }

  private static func emit(_ product: String, threads: Int, timings: Timings, shape: ProductShape) {
    JSONLine.emit(
      ["benchmark": "sgemm", "product": product, "threads": threads, "environment": settings]
        + timings.fields + shape.fields + shape.rates(products: 1, seconds: timings.best))
  }

  private static var settings: [String: String] {
    ProcessInfo.processInfo.environment.filter { settingNames.contains($0.key) }
  }

  /// `X·W`: rows × classes.
  private static func multiply(_ x: [Float], _ w: [Float], shape: ProductShape) -> [Float] {
    var z = [Float](repeating: 0, count: shape.rows * shape.classes)
    cblas_sgemm(
      CblasRowMajor, CblasNoTrans, CblasNoTrans,
      blasint(shape.rows), blasint(shape.classes), blasint(shape.columns),
      1, x, blasint(shape.columns), w, blasint(shape.classes),
      0, &z, blasint(shape.classes))
    return z
  }

  /// `Xᵀ·R`: columns × classes, from `X` as stored, row-major.
  private static func multiplyTransposed(_ x: [Float], _ r: [Float], shape: ProductShape)
    -> [Float]
  {
    var g = [Float](repeating: 0, count: shape.columns * shape.classes)
    cblas_sgemm(
      CblasRowMajor, CblasTrans, CblasNoTrans,
      blasint(shape.columns), blasint(shape.classes), blasint(shape.rows),
      1, x, blasint(shape.columns), r, blasint(shape.classes),
      0, &g, blasint(shape.classes))
    return g
  }

  /// The images as the model sees them: a 1, then each pixel byte / 255.
  private static func denseFeatures(_ data: Dataset) -> [Float] {
    let columns = data.pixelsPerImage + 1
    var x = [Float](repeating: 0, count: data.count * columns)
    for row in 0..<data.count {
      x[row * columns] = 1
      for (column, byte) in data.image(at: row).enumerated() {
        x[row * columns + column + 1] = Float(byte) / 255
      }
    }
    return x
  }
}
