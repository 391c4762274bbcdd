import MNBData

/// Why a picture could not be read or prepared. The facts only; the wording is in
/// `description`, which starts with the file's name.
public enum ImageError: Error, Sendable, Equatable, CustomStringConvertible {
  case unreadable(file: String, reason: String)
  case notAFile(file: String)
  case fileTooLarge(file: String, bytes: Int, limit: Int)
  case unknownFormat(file: String)
  case truncated(file: String, reading: String)
  case badCRC(file: String, chunk: String)
  case missingChunk(file: String, chunk: String)
  case misplacedChunk(file: String, chunk: String, reason: String)
  case unknownCriticalChunk(file: String, chunk: String)
  case illegalHeader(file: String, reason: String)
  case illegalDepth(file: String, colourType: Int, depth: Int)
  case tooLarge(file: String, width: Int, height: Int, limit: String)
  case inflateFailed(file: String, reason: String)
  case tooLittleData(file: String, expected: Int, found: Int)
  case badFilter(file: String, row: Int, filter: Int)
  case badPalette(file: String, reason: String)
  case badPNM(file: String, reason: String)
  case blank(file: String)
  /// A buffer the header or the file's size asks for would not fit in the memory limit.
  case overMemoryLimit(MemoryBudgetError)

  public var description: String {
    switch self {
    case .unreadable(let file, let reason):
      "\(file): cannot read the picture: \(reason)"
    case .notAFile(let file):
      "\(file): not a regular file; name a .png, .pgm or .ppm picture"
    case .fileTooLarge(let file, let bytes, let limit):
      "\(file): the file holds \(bytes) bytes, more than the \(limit) a picture may have"
    case .unknownFormat(let file):
      "\(file): not a PNG, PGM or PPM picture (its first bytes match none of them)"
    case .truncated(let file, let reading):
      "\(file): the file is cut short while reading \(reading)"
    case .badCRC(let file, let chunk):
      "\(file): bad CRC in chunk '\(chunk)'; the file is damaged"
    case .missingChunk(let file, let chunk):
      "\(file): missing \(chunk) chunk; the file is not a complete PNG"
    case .misplacedChunk(let file, let chunk, let reason):
      "\(file): chunk '\(chunk)' is out of place: \(reason)"
    case .unknownCriticalChunk(let file, let chunk):
      "\(file): unknown critical chunk '\(chunk)'; the picture cannot be read without it"
    case .illegalHeader(let file, let reason):
      "\(file): bad IHDR: \(reason)"
    case .illegalDepth(let file, let colourType, let depth):
      "\(file): illegal bit depth \(depth) for colour type \(colourType)"
    case .tooLarge(let file, let width, let height, let limit):
      "\(file): the picture is \(width)x\(height), larger than \(limit); scale it down first"
    case .inflateFailed(let file, let reason):
      "\(file): the compressed image data is damaged: \(reason)"
    case .tooLittleData(let file, let expected, let found):
      "\(file): too little image data: expected \(expected) bytes, found \(found)"
    case .badFilter(let file, let row, let filter):
      "\(file): unknown filter type \(filter) on row \(row)"
    case .badPalette(let file, let reason):
      "\(file): bad palette: \(reason)"
    case .badPNM(let file, let reason):
      "\(file): bad PNM header or data: \(reason)"
    case .blank(let file):
      "\(file): no digit found: the picture is blank"
    case .overMemoryLimit(let error):
      error.description
    }
  }
}
