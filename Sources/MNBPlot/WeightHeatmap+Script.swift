extension WeightHeatmap {
  /// Blue for negative, white for zero, red for positive (ColorBrewer RdBu).
  static let divergingPalette =
    "set palette defined (0 '#2166ac', 0.25 '#92c5de', 0.5 '#f7f7f7', 0.75 '#f4a582', 1 '#b2182b')"

  func layout() throws -> GridLayout {
    GridLayout(count: try classCount())
  }

  func defaultSize() throws -> PixelSize {
    let grid = try layout()
    return PixelSize(width: grid.columns * 170 + 110, height: grid.rows * 185 + 60)
  }

  func script(on canvas: PlotCanvas) throws -> GnuplotScript {
    let classCount = try classCount()
    let names = try names(classCount: classCount)
    let (limit, isAllZero) = colourLimit(classCount: classCount)
    var script = GnuplotScript()

    for c in 0..<classCount {
      script.addDatablock(named: "w\(c)", rows: panelRows(forClass: c, classCount: classCount))
    }

    script.add(Self.divergingPalette)
    script.add("set cbrange [\(GnuplotText.number(-limit)):\(GnuplotText.number(limit))]")
    script.add(PanelGrid.imageAxes(height: height, width: width))
    script.add(PanelGrid.colourBarFormat(limit: limit))

    let grid = try layout()
    let heading = Self.heading(title: title, isAllZero: isAllZero)
    let panels = PanelGrid(layout: grid, heading: heading, hasColourBar: true, canvas: canvas)
    script.add(try panels.start())
    for (c, name) in names.enumerated() {
      script.add("set title \(try GnuplotText.quoted(name, field: "class name")) noenhanced")
      if c == classCount - 1 {
        script.add(panels.colourBar())
      }
      script.add("plot $w\(c) matrix with image")
    }
    return script
  }

  static func heading(title: String?, isAllZero: Bool) -> String? {
    let note = "all weights are zero"
    guard isAllZero else { return title }
    guard let title, !title.isEmpty else { return note }
    return "\(title) (\(note))"
  }
}
