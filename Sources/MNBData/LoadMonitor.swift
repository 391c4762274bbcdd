/// Watches a long read: asked between slices of data whether to stop, and told how far it got.
public struct LoadMonitor {
  /// Asked after every slice; returning true stops the read with `IDXError.cancelled`.
  public var isCancelled: () -> Bool
  /// Told the payload bytes read so far in the current file, and how many it holds.
  public var progress: (_ bytesRead: Int, _ bytesInFile: Int) -> Void

  public init(
    isCancelled: @escaping () -> Bool = { false },
    progress: @escaping (Int, Int) -> Void = { _, _ in }
  ) {
    self.isCancelled = isCancelled
    self.progress = progress
  }

  /// Never stops and reports nothing.
  public static var none: LoadMonitor { LoadMonitor() }

  /// Bytes read between two questions: small enough to stop within a blink, large enough
  /// that asking costs nothing.
  static let sliceBytes = 1 << 20
}
