import Foundation

/// Why a CSV file of labelled images could not be read. Each case holds the facts;
/// `description` words them.
///
/// Positions are 1-based: `line` counts lines, `field` the comma-separated values of a line
/// (field 1 is the label) and `column` the characters of a line.
public enum CSVError: Error, Equatable, Sendable {
  /// The file holds no rows of images: nothing at all, or only a header line.
  case noRows(URL, hasHeader: Bool)
  /// A value that is not a whole number in its range; `text` is the value as written,
  /// shortened when long.
  case badValue(URL, line: Int, field: Int, column: Int, text: String)
  /// A line with another number of values than the first line.
  case fieldCountMismatch(URL, line: Int, found: Int, expected: Int)
  /// The first line has a label but no pixels.
  case tooFewFields(URL, found: Int)
  /// A line holds more than `maximum` values, a label and the pixels of the largest image read.
  case tooManyValues(URL, line: Int, maximum: Int)
  /// The pixels of a row cannot make a square image.
  case notSquare(URL, pixelCount: Int)
  /// An empty line with more rows after it.
  case emptyLine(URL, line: Int)
  case tooLarge(URL, bytes: Int, maximumBytes: Int)
  /// The file, read for data set `name`, starts like an IDX file, once decompressed when
  /// `compressed`; an IDX images file needs a labels file beside it.
  case looksLikeIDX(URL, name: String, compressed: Bool)
  case compressed(URL)
  /// The path leads to something other than a regular file, such as a device or named pipe.
  case notAFile(URL, EntryKind)
  /// The file may hold more values than fit in the memory limit.
  case overMemoryLimit(MemoryBudgetError)
}

extension CSVError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .noRows(let url, let hasHeader):
      return "cannot read '\(url.lastPathComponent)': "
        + (hasHeader ? "the file holds only a header line" : "the file is empty")
        + "; expected one line per image: the label, then the pixel values"
    case .badValue(let url, let line, let field, let column, let text):
      let found = text.isEmpty ? "an empty value" : "'\(text)'"
      return "cannot read '\(url.lastPathComponent)': line \(line), field \(field) "
        + "(column \(column)): expected \(Self.expectation(field: field)), found \(found)"
    case .fieldCountMismatch(let url, let line, let found, let expected):
      return "cannot read '\(url.lastPathComponent)': line \(line) has \(found) "
        + "\(Self.values(found)); line 1 has \(expected), and every line needs as many "
        + "(the label, then one value per pixel)"
    case .tooFewFields(let url, let found):
      return "cannot read '\(url.lastPathComponent)': line 1 has \(found) \(Self.values(found)); "
        + "expected the label, then the pixel values"
    case .tooManyValues(let url, let line, let maximum):
      let side = CSVImageParser.maximumSide
      return "cannot read '\(url.lastPathComponent)': line \(line) holds more than \(maximum) "
        + "values; mnb reads images of at most \(side)x\(side) pixels"
    case .notSquare(let url, let pixelCount):
      return "cannot read '\(url.lastPathComponent)': each line has \(pixelCount) pixel values, "
        + "which is not a square number, so the images have no side length; expected square "
        + "images, such as 784 values for 28x28"
    case .emptyLine(let url, let line):
      return "cannot read '\(url.lastPathComponent)': line \(line) is empty but more lines "
        + "follow; remove the empty line"
    case .tooLarge(let url, let bytes, let maximumBytes):
      return "cannot read '\(url.lastPathComponent)': the file is \(bytes) bytes, more than the "
        + "limit of \(maximumBytes) for a CSV file; convert it to IDX files, or load a part"
    case .looksLikeIDX(let url, let name, let compressed):
      let form = compressed ? "it is gzip-compressed and starts" : "it starts"
      return "cannot read '\(url.lastPathComponent)' as CSV: \(form) like an IDX file; an IDX "
        + "images file needs its labels file: load data \(name) from \"IMAGES\" labels \"LABELS\""
    case .compressed(let url):
      return "cannot read '\(url.lastPathComponent)' as CSV: it is gzip-compressed; "
        + "decompress it first, as with 'gunzip'"
    case .notAFile(let url, let kind):
      return "cannot open '\(url.path)': it \(kind.problemAsFile); give the path of a CSV file"
    case .overMemoryLimit(let error):
      return error.description
    }
  }

  private static func expectation(field: Int) -> String {
    field == 1
      ? "a label from 0 to \(CSVDatasetReader.maximumLabel)"
      : "a pixel value from 0 to 255"
  }

  private static func values(_ count: Int) -> String {
    count == 1 ? "value" : "values"
  }
}
