/// Turns the raw samples of a PNG row into luminance composited over white, using the
/// palette and transparency the file gives.
struct PNGColours {
  let header: PNGHeader
  /// Palette entries as luminance, and their alpha (1 where tRNS gives none).
  let paletteLuminance: [Float]
  let paletteAlpha: [Float]
  /// The one gray or RGB sample value tRNS marks fully transparent, as raw samples.
  let transparentSamples: [Int]?

  init(
    header: PNGHeader, palette: ArraySlice<UInt8>?, transparency: ArraySlice<UInt8>?,
    file: String
  ) throws(ImageError) {
    self.header = header
    var luminance: [Float] = []
    var alpha: [Float] = []
    var transparent: [Int]?
    if header.colourType == .palette {
      (luminance, alpha) = try Self.palette(palette, transparency, depth: header.depth, file: file)
    } else if let transparency, [.gray, .rgb].contains(header.colourType) {
      let count = header.colourType.channels
      guard transparency.count == 2 * count else {
        throw .badPalette(file: file, reason: "tRNS holds \(transparency.count) bytes")
      }
      let start = transparency.startIndex
      transparent = (0..<count).map {
        Int(transparency[start + 2 * $0]) << 8
          | Int(transparency[start + 2 * $0 + 1])
      }
    }
    paletteLuminance = luminance
    paletteAlpha = alpha
    transparentSamples = transparent
  }

  private static func palette(
    _ palette: ArraySlice<UInt8>?, _ transparency: ArraySlice<UInt8>?, depth: Int, file: String
  ) throws(ImageError) -> ([Float], [Float]) {
    guard let palette else { throw .missingChunk(file: file, chunk: "PLTE") }
    let count = palette.count / 3
    guard palette.count % 3 == 0, (1...min(256, 1 << depth)).contains(count) else {
      throw .badPalette(file: file, reason: "PLTE holds \(palette.count) bytes")
    }
    let bytes = Array(palette)
    let luminance = (0..<count).map { index in
      luma(Float(bytes[3 * index]), Float(bytes[3 * index + 1]), Float(bytes[3 * index + 2]))
        / 255
    }
    let alphas = Array(transparency ?? [])
    guard alphas.count <= count else {
      throw .badPalette(file: file, reason: "tRNS has more entries than the palette")
    }
    let alpha = (0..<count).map { $0 < alphas.count ? Float(alphas[$0]) / 255 : 1 }
    return (luminance, alpha)
  }

  /// ITU-R BT.601 weights, as most tools use for gray from RGB.
  /// Never above the brightest channel: in Float the weights of white add up to a little
  /// more than white itself.
  static func luma(_ red: Float, _ green: Float, _ blue: Float) -> Float {
    min(0.299 * red + 0.587 * green + 0.114 * blue, max(red, green, blue))
  }

  /// The luminance of pixel `x` of an unfiltered row starting at `row` in `data`.
  func luminance(ofPixel x: Int, in data: [UInt8], row: Int, file: String) throws(ImageError)
    -> Float
  {
    let first = x * header.colourType.channels
    let maximum = Float((1 << header.depth) - 1)
    func value(_ channel: Int) -> Int { sample(first + channel, in: data, row: row) }
    func rgb() -> Float { Self.luma(Float(value(0)), Float(value(1)), Float(value(2))) / maximum }

    switch header.colourType {
    case .gray:
      return transparentSamples?.first == value(0) ? 1 : Float(value(0)) / maximum
    case .rgb:
      let isTransparent =
        transparentSamples.map { $0[0] == value(0) && $0[1] == value(1) && $0[2] == value(2) }
        ?? false
      return isTransparent ? 1 : rgb()
    case .palette:
      let entry = value(0)
      guard entry < paletteLuminance.count else {
        throw .badPalette(
          file: file, reason: "a pixel uses entry \(entry) of \(paletteLuminance.count)")
      }
      return overWhite(paletteLuminance[entry], alpha: paletteAlpha[entry])
    case .grayAlpha:
      return overWhite(Float(value(0)) / maximum, alpha: Float(value(1)) / maximum)
    case .rgba:
      return overWhite(rgb(), alpha: Float(value(3)) / maximum)
    }
  }

  private func overWhite(_ value: Float, alpha: Float) -> Float {
    alpha * value + (1 - alpha)
  }

  /// Sample `index` of a row: packed most significant bits first below 8 bits, big-endian
  /// pairs at 16.
  private func sample(_ index: Int, in data: [UInt8], row: Int) -> Int {
    switch header.depth {
    case 8: return Int(data[row + index])
    case 16: return Int(data[row + 2 * index]) << 8 | Int(data[row + 2 * index + 1])
    default:
      let bit = index * header.depth
      let byte = Int(data[row + bit / 8])
      let shift = 8 - header.depth - bit % 8
      return (byte >> shift) & ((1 << header.depth) - 1)
    }
  }
}
