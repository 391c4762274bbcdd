import CZlib

/// zlib's checksum and decompression, the only use of the C library in this module.
enum Zlib {
  static func crc32<Bytes: Collection>(_ bytes: Bytes) -> UInt32 where Bytes.Element == UInt8 {
    let contiguous = Array(bytes)
    return contiguous.withUnsafeBufferPointer { buffer in
      UInt32(CZlib.crc32(0, buffer.baseAddress, UInt32(buffer.count)))
    }
  }

  enum InflateProblem: Error {
    case damaged(String)
    case outOfMemory
  }

  /// Inflates the zlib stream made of `parts`, one after another, into at most `limit` bytes;
  /// what the stream holds beyond `limit` is never produced. Returns fewer bytes when the
  /// stream ends early or the parts end before it does.
  static func inflate(_ parts: [ArraySlice<UInt8>], limit: Int) throws(InflateProblem) -> [UInt8] {
    // zlib keeps a pointer back to the stream, so it needs an address that never moves.
    let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    stream.initialize(to: z_stream())
    defer { stream.deallocate() }
    guard mnb_inflate_init2(stream, 15) == Z_OK else { throw .outOfMemory }
    defer { inflateEnd(stream) }

    var output = [UInt8](repeating: 0, count: limit)
    var produced = 0
    var ended = false
    for part in parts where !ended && produced < limit {
      let status = part.withUnsafeBufferPointer { input in
        output.withUnsafeMutableBufferPointer { out in
          feed(stream, input, into: out, produced: &produced)
        }
      }
      switch status {
      case Z_OK, Z_BUF_ERROR: break
      case Z_STREAM_END: ended = true
      case Z_MEM_ERROR: throw .outOfMemory
      default:
        throw .damaged(stream.pointee.msg.map { String(cString: $0) } ?? "zlib status \(status)")
      }
    }
    return Array(output[0..<produced])
  }

  /// Runs inflate over one input part until it is used up, the output is full or the stream
  /// ends; returns the last zlib status.
  private static func feed(
    _ stream: UnsafeMutablePointer<z_stream>, _ input: UnsafeBufferPointer<UInt8>,
    into output: UnsafeMutableBufferPointer<UInt8>, produced: inout Int
  ) -> Int32 {
    guard let inputBase = input.baseAddress, let outputBase = output.baseAddress else {
      return Z_OK
    }
    stream.pointee.next_in = UnsafeMutablePointer(mutating: inputBase)
    stream.pointee.avail_in = UInt32(input.count)
    var status = Z_OK
    while stream.pointee.avail_in > 0 && produced < output.count && status == Z_OK {
      let room = min(output.count - produced, Int(UInt32.max))
      stream.pointee.next_out = outputBase + produced
      stream.pointee.avail_out = UInt32(room)
      status = CZlib.inflate(stream, Z_NO_FLUSH)
      produced += room - Int(stream.pointee.avail_out)
    }
    return status
  }
}
