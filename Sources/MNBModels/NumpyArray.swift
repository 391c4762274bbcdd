import Foundation

/// The `.npy` file format of numpy, version 1.0, for a two-dimensional float32 array.
public enum NumpyArray {
  /// The bytes of a `.npy` file holding `values`, `rows × columns` in row-major order.
  ///
  /// The file is the magic `\x93NUMPY`, version bytes 1 and 0, the header length as a
  /// little-endian UInt16, the header (a Python dict literal, padded with spaces and ended by
  /// a newline so the data starts on a multiple of 64 bytes), then the values as little-endian
  /// float32.
  public static func encoded(_ values: [Float], rows: Int, columns: Int) -> Data {
    precondition(
      values.count == rows * columns,
      "NumpyArray.encoded: \(values.count) values for \(rows)x\(columns)")
    let header = paddedHeader(rows: rows, columns: columns)

    var data = Data([0x93] + Array("NUMPY".utf8) + [1, 0])
    withUnsafeBytes(of: UInt16(header.count).littleEndian) { data.append(contentsOf: $0) }
    data.append(contentsOf: header)
    data.reserveCapacity(data.count + values.count * 4)
    for value in values {
      withUnsafeBytes(of: value.bitPattern.littleEndian) { data.append(contentsOf: $0) }
    }
    return data
  }

  /// The header dict, padded so magic, version, length and header fill a multiple of 64 bytes.
  static func paddedHeader(rows: Int, columns: Int) -> [UInt8] {
    let dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (\(rows), \(columns)), }"
    let prefixSize = 6 + 2 + 2
    let unpadded = prefixSize + dict.utf8.count + 1
    let padding = (64 - unpadded % 64) % 64
    return Array((dict + String(repeating: " ", count: padding) + "\n").utf8)
  }
}
