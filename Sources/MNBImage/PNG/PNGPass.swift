/// One sub-image of a PNG's data: the whole picture, or one of the seven Adam7 passes.
struct PNGPass {
  let xStart: Int
  let yStart: Int
  let xStep: Int
  let yStep: Int
  let width: Int
  let height: Int

  var isEmpty: Bool { width == 0 || height == 0 }

  static func whole(width: Int, height: Int) -> [PNGPass] {
    [PNGPass(xStart: 0, yStart: 0, xStep: 1, yStep: 1, width: width, height: height)]
  }

  /// The seven passes of Adam7 interlacing, empty ones left out.
  static func adam7(width: Int, height: Int) -> [PNGPass] {
    let layout = [
      (0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2),
      (0, 1, 1, 2),
    ]
    return layout.map { xStart, yStart, xStep, yStep in
      PNGPass(
        xStart: xStart, yStart: yStart, xStep: xStep, yStep: yStep,
        width: max(0, (width - xStart + xStep - 1) / xStep),
        height: max(0, (height - yStart + yStep - 1) / yStep))
    }
    .filter { !$0.isEmpty }
  }
}
