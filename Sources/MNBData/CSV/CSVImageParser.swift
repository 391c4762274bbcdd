import Foundation

/// Turns the text of a CSV file of labelled images into labels and pixels, fed in slices of
/// any size, so the file never has to be held whole.
///
/// Each line is a label then the pixel values, as whole numbers separated by commas; blanks
/// around a value and a carriage return before the line end are allowed. The first line sets
/// how many values every line has. It is a header, and skipped, when its first value is not a
/// whole number: a first line starting with a number is data, so a typing mistake there is
/// reported rather than taken for a header. Empty lines may end the file, nowhere else.
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
  private var firstLine: [FirstLineField] = []

  /// A value of the first line, kept until the line ends and tells whether it is a header.
  private typealias FirstLineField = (number: Int?, column: Int, text: String)

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
    let number = isWholeNumber && digitCount > 0 ? value : nil
    if fieldCount == 0 {
      try checkFirstLineMemory()
      firstLine.append((number, fieldColumn, shownText()))
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

  /// A first line of many empty values takes far more memory than its bytes.
  private func checkFirstLineMemory() throws(CSVError) {
    let count = firstLine.count + 1
    do {
      try memoryLimit.check(
        MemoryBudget.product(count, MemoryLayout<FirstLineField>.stride),
        claim: "line 1 holds \(count) values or more", file: url.lastPathComponent)
    } catch {
      throw .overMemoryLimit(error)
    }
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
      try finishFirstLine()
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

  /// Takes the value count from the first line, then keeps it as data unless it is a header.
  private mutating func finishFirstLine() throws(CSVError) {
    let fields = firstLine
    firstLine = []
    guard fields.count >= 2 else { throw .tooFewFields(url, found: fields.count) }
    let pixelCount = fields.count - 1
    guard Self.side(ofSquare: pixelCount) != nil else {
      throw .notSquare(url, pixelCount: pixelCount)
    }
    fieldCount = fields.count

    guard fields[0].number != nil else {
      hasHeader = true
      return
    }
    for (index, field) in fields.enumerated() where !store(field.number, field: index + 1) {
      throw .badValue(url, line: line, field: index + 1, column: field.column, text: field.text)
    }
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
