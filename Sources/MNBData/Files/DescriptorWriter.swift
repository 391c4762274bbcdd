import Foundation

/// Writes whole buffers to a file descriptor, resuming after interrupted or partial writes.
public enum DescriptorWriter {
  /// Writes all of `data`; returns 0, or the `errno` of the write that failed.
  public static func writeAll(_ data: Data, to descriptor: Int32) -> Int32 {
    data.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Foundation.write(
          descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 && errno == EINTR { continue }
        if written < 0 { return errno }
        offset += written
      }
      return 0
    }
  }
}
