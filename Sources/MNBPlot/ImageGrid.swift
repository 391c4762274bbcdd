/// Grayscale images in a grid, each with a caption, drawn dark on light: a pixel value of 255
/// is black ink and 0 is white paper, the way a digit looks written on paper.
///
/// Each image is `height × width` bytes, row-major, row 0 on top.
public struct ImageGrid: Sendable, Equatable {
  public var images: [[UInt8]]
  public var height: Int
  public var width: Int
  /// One caption per image (such as `"7"` or `"pred 3 / true 5"`), or empty for none.
  public var captions: [String]
  public var title: String?

  public init(
    images: [[UInt8]], height: Int, width: Int, captions: [String] = [], title: String? = nil
  ) {
    self.images = images
    self.height = height
    self.width = width
    self.captions = captions
    self.title = title
  }

  var layout: GridLayout { GridLayout(count: max(images.count, 1), aspect: 1.6) }

  /// Wide enough for the title too, which a grid of one or two images would cut off.
  func defaultSize() -> PixelSize {
    let titleWidth = min(1600, (title?.count ?? 0) * 8 + 40)
    return PixelSize(
      width: max(layout.columns * 120 + 20, titleWidth), height: layout.rows * 135 + 60)
  }

  func validate() throws {
    guard !images.isEmpty else { throw PlotError.emptyPlot(kind: "images") }
    guard height > 0, width > 0 else {
      throw PlotError.invalidShape(kind: "images", detail: "image size '\(height)x\(width)'")
    }
    if let index = images.firstIndex(where: { $0.count != height * width }) {
      throw PlotError.imageSize(index: index, expected: height * width, found: images[index].count)
    }
    guard captions.isEmpty || captions.count == images.count else {
      throw PlotError.nameCount(field: "captions", expected: images.count, found: captions.count)
    }
  }

  func script(on canvas: PlotCanvas) throws -> GnuplotScript {
    try validate()
    var script = GnuplotScript()

    for (index, image) in images.enumerated() {
      let rows = (0..<height).map { row in
        image[(row * width)..<((row + 1) * width)].map(String.init).joined(separator: " ")
      }
      script.addDatablock(named: "img\(index)", rows: rows)
    }

    script.add("set palette gray negative")
    script.add("set cbrange [0:255]")
    script.add(PanelGrid.imageAxes(height: height, width: width))
    let panels = PanelGrid(layout: layout, heading: title, hasColourBar: false, canvas: canvas)
    script.add(try panels.start())
    for index in images.indices {
      let caption = captions.isEmpty ? "" : captions[index]
      script.add("set title \(try GnuplotText.quoted(caption, field: "caption")) noenhanced")
      script.add("plot $img\(index) matrix with image")
    }
    return script
  }
}
