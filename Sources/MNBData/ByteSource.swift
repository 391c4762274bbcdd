/// A stream of bytes read front to back, such as a file or a decompressor.
protocol ByteSource: AnyObject {
  /// Copies the next bytes into the front of `buffer` and returns how many were copied.
  ///
  /// Returns 0 only at the end of the stream (or for an empty buffer). It may return fewer bytes
  /// than asked for before the end.
  func read(into buffer: UnsafeMutableRawBufferPointer) throws(IDXError) -> Int
}

extension ByteSource {
  /// Reads until `buffer` is full or the stream ends, and returns how many bytes were read.
  func readFully(into buffer: UnsafeMutableRawBufferPointer) throws(IDXError) -> Int {
    var filled = 0
    while filled < buffer.count {
      let count = try read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]))
      if count == 0 { break }
      filled += count
    }
    return filled
  }

  /// Reads up to `count` bytes straight into a new array's storage, with no zero-filling first.
  ///
  /// The array is shorter than `count` only if the stream ends first. With a monitor, the bytes
  /// are read in slices, and `cancelled` is thrown when the monitor asks to stop.
  func readBytes(upTo count: Int, monitor: LoadMonitor? = nil, cancelled: IDXError? = nil)
    throws(IDXError) -> [UInt8]
  {
    var failure: IDXError?
    let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initializedCount in
      do throws(IDXError) {
        let whole = UnsafeMutableRawBufferPointer(buffer)
        if let monitor, let cancelled {
          initializedCount = try readInSlices(into: whole, monitor: monitor, cancelled: cancelled)
        } else {
          initializedCount = try readFully(into: whole)
        }
      } catch {
        failure = error
        initializedCount = 0
      }
    }
    if let failure { throw failure }
    return bytes
  }

  private func readInSlices(
    into buffer: UnsafeMutableRawBufferPointer, monitor: LoadMonitor, cancelled: IDXError
  ) throws(IDXError) -> Int {
    var filled = 0
    while filled < buffer.count {
      let end = min(buffer.count, filled + LoadMonitor.sliceBytes)
      let slice = UnsafeMutableRawBufferPointer(rebasing: buffer[filled..<end])
      let count = try readFully(into: slice)
      filled += count
      monitor.progress(filled, buffer.count)
      if count < slice.count { break }
      if monitor.isCancelled() { throw cancelled }
    }
    return filled
  }
}
