import Foundation

/// Turns the text of a CSV file of labelled images into labels and pixels, fed in slices of
/// any size, so the file never has to be held whole.
///
/// Each line is a label then the pixel values, as whole numbers separated by commas; blanks
/// around a value and a carriage return before the line end are allowed. The first line sets
/// how many values every line has. It is a header, and skipped, when its first value is not a
/// whole number: a first line starting with a number is data, so a typing mistake there is
/// reported rather than taken for a header. Empty lines may end the file, nowhere else. A line
/// of more than `maximumValuesPerLine` values is refused as soon as the bound is passed.
///
/// The first line is decided on its first value: a header's values are only counted, and a data
/// line's are kept as labels and pixels like any other line's, so it takes no more memory.
struct CSVImageParser {
  let url: URL
  let memoryLimit: MemoryBudget
  private(set) var labels: [UInt8] = []
  private(set) var pixels: [UInt8] = []
  private(set) var hasHeader = false
  private(set) var largestLabel = 0
  /// Values per line, set by the first line; 0 until then.
  private(set) var fieldCount = 0

  private var line = 1
  private var column = 0
  private var field = 1
  private var fieldColumn = 1
  private var value = 0
  private var digitCount = 0
  private var isWholeNumber = true
  private var hasEndedNumber = false
  private var text: [UInt8] = []
  private var lineHasContent = false
  private var firstEmptyLine: Int?
  /// The label of the first line while it is read as data, once it proves a number.
  private var firstLabel: Int?
  /// The first wrong value of the first line, reported once the line's length is checked.
  private var firstLineProblem: CSVError?

  /// The most values a line may hold: a label and the pixels of a 1000x1000 image.
  static let maximumSide = 1000
  static let maximumValuesPerLine = 1 + maximumSide * maximumSide

  /// Values longer than this are shortened in messages.
  private static let shownLength = 24

  init(url: URL, memoryLimit: MemoryBudget = .current) {
    self.url = url
    self.memoryLimit = memoryLimit
    text.reserveCapacity(Self.shownLength)
  }

  /// Reads the next slice of the file.
  mutating func scan(_ bytes: UnsafeRawBufferPointer) throws(CSVError) {
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "\n"):
        try endLine()
      case UInt8(ascii: ","):
        column += 1
        lineHasContent = true
        try endField()
      default:
        column += 1
        consume(byte)
      }
    }
  }

  /// Ends the last line, which may lack a line end, and checks that some image was read.
  mutating func finish() throws(CSVError) {
    if lineHasContent || field > 1 { try endLine() }
    guard fieldCount > 0 else { throw .noRows(url, hasHeader: false) }
    guard !labels.isEmpty else { throw .noRows(url, hasHeader: hasHeader) }
  }

  private mutating func consume(_ byte: UInt8) {
    if text.count < Self.shownLength + 1 { text.append(byte) }
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"):
      if hasEndedNumber { isWholeNumber = false }
      // Saturating well above any valid value keeps a long run of digits from overflowing.
      value = min(value * 10 + Int(byte - UInt8(ascii: "0")), 1 << 20)
      digitCount += 1
      lineHasContent = true
    case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
      if digitCount > 0 { hasEndedNumber = true }
    default:
      isWholeNumber = false
      lineHasContent = true
    }
  }

  private mutating func endField() throws(CSVError) {
    guard field <= Self.maximumValuesPerLine else {
      throw .tooManyValues(url, line: line, maximum: Self.maximumValuesPerLine)
    }
    let number = isWholeNumber && digitCount > 0 ? value : nil
    if fieldCount == 0 {
      keepFirstLineValue(number)
    } else {
      guard store(number, field: field) else {
        throw .badValue(url, line: line, field: field, column: fieldColumn, text: shownText())
      }
    }

    field += 1
    fieldColumn = column + 1
    value = 0
    digitCount = 0
    isWholeNumber = true
    hasEndedNumber = false
    text.removeAll(keepingCapacity: true)
  }

  /// Decides on the first value whether line 1 is a header; keeps a data line's values and
  /// notes its first wrong one, which is reported after the line's length is checked.
  private mutating func keepFirstLineValue(_ number: Int?) {
    if field == 1 {
      hasHeader = number == nil
      firstLabel = number
    }
    guard !hasHeader, firstLineProblem == nil else { return }

    let maximum = field == 1 ? CSVDatasetReader.maximumLabel : 255
    guard let number, number <= maximum else {
      firstLineProblem = .badValue(
        url, line: line, field: field, column: fieldColumn, text: shownText())
      return
    }
    if field > 1 { pixels.append(UInt8(number)) }
  }

  private mutating func endLine() throws(CSVError) {
    if !lineHasContent && field == 1 {
      firstEmptyLine = firstEmptyLine ?? line
      startNextLine()
      return
    }
    if let firstEmptyLine { throw .emptyLine(url, line: firstEmptyLine) }

    try endField()
    let count = field - 1
    if fieldCount == 0 {
      try finishFirstLine(count: count)
    } else if count != fieldCount {
      throw .fieldCountMismatch(url, line: line, found: count, expected: fieldCount)
    }
    startNextLine()
  }

  private mutating func startNextLine() {
    line += 1
    column = 0
    field = 1
    fieldColumn = 1
    lineHasContent = false
    value = 0
    digitCount = 0
    isWholeNumber = true
    hasEndedNumber = false
    text.removeAll(keepingCapacity: true)
  }

  /// Takes the value count from the first line, then keeps its label unless it is a header.
  private mutating func finishFirstLine(count: Int) throws(CSVError) {
    guard count >= 2 else { throw .tooFewFields(url, found: count) }
    let pixelCount = count - 1
    guard Self.side(ofSquare: pixelCount) != nil else {
      throw .notSquare(url, pixelCount: pixelCount)
    }
    fieldCount = count

    if hasHeader { return }
    if let firstLineProblem { throw firstLineProblem }
    guard let label = firstLabel else { return }
    labels.append(UInt8(label))
    largestLabel = max(largestLabel, label)
  }

  /// Keeps one value, or returns false when it is not a number in its range. Values past the
  /// line's expected count are only counted.
  private mutating func store(_ number: Int?, field: Int) -> Bool {
    guard field <= fieldCount else { return true }
    let maximum = field == 1 ? CSVDatasetReader.maximumLabel : 255
    guard let number, number <= maximum else { return false }

    if field == 1 {
      labels.append(UInt8(number))
      largestLabel = max(largestLabel, number)
    } else {
      pixels.append(UInt8(number))
    }
    return true
  }

  private func shownText() -> String {
    let shown = String(decoding: text.prefix(Self.shownLength), as: UTF8.self)
      .trimmingCharacters(in: .whitespaces.union(["\r"]))
    return text.count > Self.shownLength ? shown + "..." : shown
  }

  /// The whole square root of `count`, or nil when it has none.
  static func side(ofSquare count: Int) -> Int? {
    let root = Int(Double(count).squareRoot().rounded())
    return root * root == count ? root : nil
  }
}
