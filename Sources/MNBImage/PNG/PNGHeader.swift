/// The facts of an IHDR chunk, checked against the PNG specification.
struct PNGHeader {
  enum ColourType: Int {
    case gray = 0
    case rgb = 2
    case palette = 3
    case grayAlpha = 4
    case rgba = 6

    var channels: Int {
      switch self {
      case .gray, .palette: 1
      case .grayAlpha: 2
      case .rgb: 3
      case .rgba: 4
      }
    }

    var legalDepths: [Int] {
      switch self {
      case .gray: [1, 2, 4, 8, 16]
      case .palette: [1, 2, 4, 8]
      case .rgb, .grayAlpha, .rgba: [8, 16]
      }
    }
  }

  let width: Int
  let height: Int
  let depth: Int
  let colourType: ColourType
  let isInterlaced: Bool

  var bitsPerPixel: Int { depth * colourType.channels }

  /// The picture the header describes, worded to follow "FILE: " in a message.
  var claim: String {
    let channels = colourType.channels
    return "the header claims a \(width)x\(height) picture of \(channels) "
      + "channel\(channels == 1 ? "" : "s") at \(depth) bits"
  }

  /// Bytes of one filtered row of `width` pixels, without its filter byte.
  func rowBytes(width: Int) -> Int { (width * bitsPerPixel + 7) / 8 }

  init(_ data: ArraySlice<UInt8>, file: String) throws(ImageError) {
    guard data.count == 13 else {
      throw .illegalHeader(file: file, reason: "it holds \(data.count) bytes, not 13")
    }
    let start = data.startIndex
    width = Int(PNGChunk.bigEndian(data, at: start))
    height = Int(PNGChunk.bigEndian(data, at: start + 4))
    depth = Int(data[start + 8])
    let typeCode = Int(data[start + 9])

    guard width > 0, height > 0, width <= Int(Int32.max), height <= Int(Int32.max) else {
      throw .illegalHeader(file: file, reason: "the size \(width)x\(height) is not allowed")
    }
    guard let type = ColourType(rawValue: typeCode) else {
      throw .illegalHeader(file: file, reason: "unknown colour type \(typeCode)")
    }
    guard type.legalDepths.contains(depth) else {
      throw .illegalDepth(file: file, colourType: typeCode, depth: depth)
    }
    colourType = type
    guard data[start + 10] == 0, data[start + 11] == 0, data[start + 12] <= 1 else {
      throw .illegalHeader(
        file: file,
        reason: "unknown compression, filter or interlace method "
          + "(\(data[start + 10]), \(data[start + 11]), \(data[start + 12]))")
    }
    isInterlaced = data[start + 12] == 1
  }
}
