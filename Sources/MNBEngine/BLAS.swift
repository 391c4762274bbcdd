import COpenBLAS

/// The engine's only door to OpenBLAS: row-major single-precision products.
///
/// Shapes are given in elements; every matrix is row-major with a leading dimension (the
/// distance between the starts of two rows), so a block of rows inside a larger matrix can be
/// passed without copying.
enum BLAS {
  /// Sets how many threads OpenBLAS uses for every later call.
  ///
  /// One thread keeps results bit-identical from run to run: OpenBLAS may split a sum
  /// differently between threads, and with ten output columns a second thread does not pay.
  static func setThreadCount(_ count: Int) {
    openblas_set_num_threads(Int32(count))
  }

  /// `c = alpha·a·b + beta·c`, where `a` is `m × k`, `b` is `k × n` and `c` is `m × n`.
  static func multiply(
    _ a: UnsafePointer<Float>, rows m: Int, inner k: Int, leading lda: Int,
    by b: UnsafePointer<Float>, columns n: Int,
    into c: UnsafeMutablePointer<Float>, alpha: Float = 1, beta: Float = 0
  ) {
    cblas_sgemm(
      CblasRowMajor, CblasNoTrans, CblasNoTrans,
      blasint(m), blasint(n), blasint(k),
      alpha, a, blasint(lda), b, blasint(n),
      beta, c, blasint(n))
  }

  /// `c = alpha·aᵀ·b + beta·c`, where `a` is `k × m` (so `aᵀ` is `m × k`), `b` is `k × n` and
  /// `c` is `m × n`. With `beta = 1` the product is added to what `c` holds.
  static func multiplyTransposed(
    _ a: UnsafePointer<Float>, rows k: Int, columns m: Int, leading lda: Int,
    by b: UnsafePointer<Float>, columns n: Int,
    into c: UnsafeMutablePointer<Float>, alpha: Float = 1, beta: Float = 0
  ) {
    cblas_sgemm(
      CblasRowMajor, CblasTrans, CblasNoTrans,
      blasint(m), blasint(n), blasint(k),
      alpha, a, blasint(lda), b, blasint(n),
      beta, c, blasint(n))
  }
}
