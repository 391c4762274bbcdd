import Foundation
import MNBData

extension FuzzTarget {
  /// IDX files, raw or gzip-compressed (the gzip magic decides, as for files on disk), read
  /// in memory with the reader's default allocation limit.
  public static let idx = FuzzTarget(name: "idx", maximumLength: 4096) { bytes in
    let url = URL(fileURLWithPath: "fuzz-input.idx")
    do throws(IDXError) {
      let array = try IDXReader.read(bytes: bytes, named: url)
      let expected = array.dimensions.reduce(array.elementType.byteCount, *)
      guard array.bytes.count == expected else {
        return .violated("\(array.bytes.count) bytes for dimensions \(array.dimensions)")
      }
      return .accepted("dimensions \(array.dimensions)")
    } catch {
      return .refused(error.description)
    }
  }
}
