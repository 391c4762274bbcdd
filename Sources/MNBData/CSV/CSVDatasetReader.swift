import Foundation

/// Reads a data set from a CSV file in the layout MNIST is often shared in: one line per
/// image, the label and then the pixels row by row, with an optional header line.
///
/// See `CSVImageParser` for what a line may hold. Images are square, their side the square
/// root of the number of pixel values; classes are numbered from 0 to the largest label.
public enum CSVDatasetReader {
  /// The largest label accepted: models have at most 64 classes.
  public static let maximumLabel = 63

  /// The largest file read by default: 4 GiB. Each pixel takes at least two characters (a
  /// digit and a comma), so this holds at most 2 GiB of pixels, as the IDX reader allows.
  public static let defaultMaximumBytes = 1 << 32

  /// Reads the file at `url` in slices, without holding its text.
  ///
  /// - Parameters:
  ///   - memoryLimit: the values a file of its size may hold, one byte each, must fit in it.
  ///   - monitor: asked after every slice whether to stop, and told the bytes read.
  /// - Throws: `DatasetError.badCSV` naming the line and value that is wrong or the memory
  ///   the file may need, `.unreadable` when the file cannot be opened or read,
  ///   `.unreadable(.cancelled)` when the monitor asks to stop.
  public static func read(
    contentsOf url: URL, name: String, maximumBytes: Int = defaultMaximumBytes,
    memoryLimit: MemoryBudget = .current, monitor: LoadMonitor = .none
  ) throws(DatasetError) -> Dataset {
    let file: FileByteSource
    do {
      file = try FileByteSource(url: url)
    } catch .notAFile(let url, let kind) {
      throw .badCSV(.notAFile(url, kind))
    } catch {
      throw .unreadable(error)
    }
    try checkSize(file.size, of: url, maximumBytes: maximumBytes, memoryLimit: memoryLimit)

    var parser = CSVImageParser(url: url, memoryLimit: memoryLimit)
    try parse(file, into: &parser, name: name, maximumBytes: maximumBytes, monitor: monitor)
    try asCSV { () throws(CSVError) in try parser.finish() }
    return dataset(from: parser, named: name)
  }

  /// Reads a CSV file already in memory, as `read(contentsOf:)` reads one from disk; `url`
  /// names it in errors.
  public static func read(
    bytes: [UInt8], named url: URL, name: String, memoryLimit: MemoryBudget = .current
  ) throws(DatasetError) -> Dataset {
    try checkSize(
      bytes.count, of: url, maximumBytes: defaultMaximumBytes, memoryLimit: memoryLimit)

    var parser = CSVImageParser(url: url, memoryLimit: memoryLimit)
    let scanned = bytes.withUnsafeBytes { whole in
      Result { () throws(CSVError) in
        try parser.scan(try skippingStart(of: whole, url: url, name: name))
      }
    }
    try asCSV { () throws(CSVError) in
      try scanned.get()
      try parser.finish()
    }
    return dataset(from: parser, named: name)
  }

  /// Refuses a file too large to load before anything is allocated for it: over the size
  /// limit, or holding more values than fit in memory. Each value takes at least two
  /// characters, a digit and a comma or line end, and one byte once read.
  static func checkSize(
    _ bytes: Int, of url: URL, maximumBytes: Int, memoryLimit: MemoryBudget
  ) throws(DatasetError) {
    guard bytes <= maximumBytes else {
      throw .badCSV(.tooLarge(url, bytes: bytes, maximumBytes: maximumBytes))
    }
    let values = bytes / 2 + 1
    do {
      try memoryLimit.check(
        values, claim: "the file of \(bytes) bytes may hold up to \(values) values",
        file: url.lastPathComponent)
    } catch {
      throw .badCSV(.overMemoryLimit(error))
    }
  }

  private static func parse(
    _ file: FileByteSource, into parser: inout CSVImageParser, name: String, maximumBytes: Int,
    monitor: LoadMonitor
  ) throws(DatasetError) {
    let buffer = UnsafeMutableRawBufferPointer.allocate(
      byteCount: LoadMonitor.sliceBytes, alignment: 1)
    defer { buffer.deallocate() }

    var bytesRead = 0
    while true {
      let count: Int
      do {
        count = try file.readFully(into: buffer)
      } catch {
        throw .unreadable(error)
      }
      if count == 0 { break }

      // The file may have grown since its size was checked.
      let isStart = bytesRead == 0
      bytesRead += count
      try checkSize(
        bytesRead, of: file.url, maximumBytes: maximumBytes, memoryLimit: parser.memoryLimit)

      try asCSV { () throws(CSVError) in
        let slice = UnsafeRawBufferPointer(rebasing: buffer[..<count])
        let start = isStart ? try skippingStart(of: slice, url: file.url, name: name) : slice
        try parser.scan(start)
      }
      monitor.progress(bytesRead, max(bytesRead, file.size))
      if monitor.isCancelled() { throw .unreadable(.cancelled(file.url)) }
    }
  }

  private static func asCSV(_ body: () throws(CSVError) -> Void) throws(DatasetError) {
    do {
      try body()
    } catch {
      throw .badCSV(error)
    }
  }

  /// The first slice without a UTF-8 byte order mark; refuses binary files that are often
  /// given by mistake, naming data set `name` in the command that reads an IDX file.
  private static func skippingStart(
    of slice: UnsafeRawBufferPointer, url: URL, name: String
  ) throws(CSVError) -> UnsafeRawBufferPointer {
    if slice.starts(with: [0x1f, 0x8b]) {
      let isIDX = startsLikeIDX(decompressing: slice, url: url)
      throw isIDX ? .looksLikeIDX(url, name: name, compressed: true) : .compressed(url)
    }
    if startsLikeIDX(slice) { throw .looksLikeIDX(url, name: name, compressed: false) }
    if slice.starts(with: [0xEF, 0xBB, 0xBF]) {
      return UnsafeRawBufferPointer(rebasing: slice[3...])
    }
    return slice
  }

  /// Whether `bytes` begin as an IDX file does: two zero bytes before the type and the number
  /// of dimensions.
  private static func startsLikeIDX(_ bytes: UnsafeRawBufferPointer) -> Bool {
    bytes.starts(with: [0, 0])
  }

  /// Whether the start of the gzip-compressed `slice` decompresses to the start of an IDX file;
  /// false when it cannot be decompressed.
  private static func startsLikeIDX(decompressing slice: UnsafeRawBufferPointer, url: URL)
    -> Bool
  {
    guard let gzip = try? GzipByteSource(input: MemoryByteSource(Array(slice)), url: url)
    else { return false }
    var head: [UInt8] = [0xff, 0xff]
    let count = head.withUnsafeMutableBytes { buffer in (try? gzip.readFully(into: buffer)) ?? 0 }
    return count == head.count && head.withUnsafeBytes { startsLikeIDX($0) }
  }

  private static func dataset(from parser: CSVImageParser, named name: String) -> Dataset {
    let side = CSVImageParser.side(ofSquare: parser.fieldCount - 1) ?? 0
    return Dataset(
      name: name, height: side, width: side, pixels: parser.pixels, labels: parser.labels,
      classNames: (0...parser.largestLabel).map(String.init))
  }
}
