import Foundation

/// Why an IDX file could not be read. Each case holds the facts; `description` words them.
public enum IDXError: Error, Equatable, Sendable {
  case cannotOpen(URL, reason: String)
  /// The path leads to something other than a regular file, such as a named pipe.
  case notAFile(URL, EntryKind)
  case readFailed(URL, reason: String)
  case emptyFile(URL)
  /// The file ended inside the header, which is `expected` bytes long.
  case headerCutShort(URL, expected: Int, found: Int)
  /// The first two bytes are not zero; `found` holds the first bytes of the file.
  case badMagic(URL, found: [UInt8])
  /// The header reads sensibly only with its numbers byte-swapped (little-endian).
  case byteSwappedHeader(URL)
  case unknownType(URL, code: UInt8)
  /// A valid IDX type other than unsigned bytes.
  case unsupportedType(URL, IDXElementType)
  /// `expected` is nil when any number of dimensions from one up is accepted.
  case wrongDimensionCount(URL, expected: IDXFileKind?, found: Int)
  case zeroDimension(URL, dimensions: [Int])
  case sizeOverflow(URL, dimensions: [Int])
  /// The data the header claims are more than the memory limit allows.
  case overBudget(URL, dimensions: [Int], bytes: Int, maximumBytes: Int)
  /// The data ended early; byte counts include the header.
  case cutShort(URL, expected: Int, found: Int, isCompressed: Bool)
  /// More bytes follow the data the header claims; `expected` includes the header.
  case trailingData(URL, expected: Int, isCompressed: Bool)
  /// The compressed file ended inside a gzip member.
  case gzipCutShort(URL, decompressedBytes: Int)
  case corruptGzip(URL, reason: String)
  /// The read was stopped on request, as by Ctrl-C.
  case cancelled(URL)
}

extension IDXError {
  /// The file the error is about.
  public var url: URL {
    switch self {
    case .cannotOpen(let url, _), .notAFile(let url, _), .readFailed(let url, _),
      .emptyFile(let url), .headerCutShort(let url, _, _), .badMagic(let url, _),
      .byteSwappedHeader(let url), .unknownType(let url, _), .unsupportedType(let url, _),
      .wrongDimensionCount(let url, _, _), .zeroDimension(let url, _), .sizeOverflow(let url, _),
      .overBudget(let url, _, _, _), .cutShort(let url, _, _, _), .trailingData(let url, _, _),
      .gzipCutShort(let url, _), .corruptGzip(let url, _), .cancelled(let url):
      url
    }
  }
}

extension IDXError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .cannotOpen(let url, let reason):
      return "cannot open '\(url.path)': \(reason)"
    case .notAFile(let url, let kind):
      return "cannot open '\(url.path)': it \(kind.problemAsFile); give the path of an IDX file"
    case .readFailed(let url, let reason):
      return "cannot read '\(url.lastPathComponent)': \(reason)"
    case .emptyFile(let url):
      return "cannot read '\(url.lastPathComponent)': the file is empty; delete it and load again"
    case .headerCutShort(let url, let expected, let found):
      return "cannot read '\(url.lastPathComponent)': expected a header of \(expected) bytes, "
        + "found \(found); \(Self.cutShortHint)"
    case .badMagic(let url, let found):
      let shown = found.map { IDXElementType.hex($0).dropFirst(2) }.joined(separator: " ")
      return "cannot read '\(url.lastPathComponent)': expected an IDX header starting with "
        + "two zero bytes, found '\(shown)'; the file is not in IDX format"
    case .byteSwappedHeader(let url):
      return "cannot read '\(url.lastPathComponent)': the header is byte-swapped "
        + "(little-endian); IDX numbers are big-endian, write the file again in that order"
    case .unknownType(let url, let code):
      return "cannot read '\(url.lastPathComponent)': unknown IDX type code "
        + "'\(IDXElementType.hex(code))', expected 0x08 for unsigned bytes; "
        + "the file is damaged or not an IDX file"
    case .unsupportedType(let url, let type):
      return "cannot read '\(url.lastPathComponent)': the elements are \(type.name) "
        + "(type code \(type.code)), expected unsigned bytes (0x08); "
        + "convert the file to unsigned bytes"
    case .wrongDimensionCount(let url, let expected, let found):
      return "cannot read '\(url.lastPathComponent)': "
        + Self.dimensionCountProblem(expected: expected, found: found)
    case .zeroDimension(let url, let dimensions):
      return "cannot read '\(url.lastPathComponent)': the header claims dimensions "
        + "'\(Self.shape(dimensions))', expected every size above zero"
    case .sizeOverflow(let url, let dimensions):
      return "cannot read '\(url.lastPathComponent)': the header claims dimensions "
        + "'\(Self.shape(dimensions))', too large to hold; the file is damaged or not an IDX file"
    case .overBudget(let url, let dimensions, let bytes, let maximumBytes):
      let claim = "the header claims \(Self.contents(dimensions))"
      return MemoryBudgetError.overLimit(
        file: url.lastPathComponent, claim: claim, bytes: bytes, limit: maximumBytes
      ).description
    case .cutShort(let url, let expected, let found, let isCompressed):
      return "cannot read '\(url.lastPathComponent)': expected \(expected) bytes"
        + "\(isCompressed ? " after decompression" : ""), found \(found); \(Self.cutShortHint)"
    case .trailingData(let url, let expected, let isCompressed):
      return "cannot read '\(url.lastPathComponent)': expected \(expected) bytes"
        + "\(isCompressed ? " after decompression" : ""), found more; the file holds data past "
        + "what its header claims, delete it and load again"
    case .gzipCutShort(let url, let decompressedBytes):
      return "cannot read '\(url.lastPathComponent)': the gzip stream ends early, after "
        + "\(decompressedBytes) bytes; \(Self.cutShortHint)"
    case .corruptGzip(let url, let reason):
      return "cannot read '\(url.lastPathComponent)': the gzip data are corrupt (\(reason)); "
        + "delete it and load again"
    case .cancelled(let url):
      return "stopped reading '\(url.lastPathComponent)' on request"
    }
  }

  /// Suits a file the user named as well as a download: a cached one is fetched again once
  /// deleted.
  private static let cutShortHint =
    "the file looks cut short or damaged; replace it with a complete copy, or delete a "
    + "downloaded one and load again"

  /// "60000 images of 28x28", "60000 labels" or "data of 2 x 3 x 4 x 5".
  private static func contents(_ dimensions: [Int]) -> String {
    switch dimensions.count {
    case 1: return "\(dimensions[0]) labels"
    case 3: return "\(dimensions[0]) images of \(dimensions[1])x\(dimensions[2])"
    default: return "data of \(shape(dimensions))"
    }
  }

  private static func shape(_ dimensions: [Int]) -> String {
    dimensions.map(String.init).joined(separator: " x ")
  }

  private static func dimensionCountProblem(expected: IDXFileKind?, found: Int) -> String {
    let foundText = "found \(found) dimension\(found == 1 ? "" : "s")"
    guard let expected else { return "expected at least 1 dimension, \(foundText)" }

    let wanted = expected.dimensionCount
    let problem =
      "expected \(expected.noun) with \(wanted) dimension\(wanted == 1 ? "" : "s"), \(foundText)"
    guard let lookalike = IDXFileKind(dimensionCount: found), lookalike != expected else {
      return problem
    }
    return problem + "; it looks like \(lookalike.noun), check that images and labels are not "
      + "swapped"
  }
}
