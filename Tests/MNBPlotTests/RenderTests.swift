import Foundation
import Testing

@testable import MNBPlot

@Suite(.enabled(if: TestSupport.hasGnuplot, "needs gnuplot at /usr/bin/gnuplot"))
struct RenderTests {
  let plotter = Plotter(environment: TestSupport.environment())

  @Test(arguments: TestSupport.allPlots)
  func pngHasTheRequestedSize(plot: Plot) throws {
    try TestSupport.withFolder { folder in
      let size = PixelSize(width: 640, height: 410)

      let result = try plotter.render(plot, to: .file(folder + "/plot.png", size: size))

      #expect(result == .file(path: folder + "/plot.png"))
      #expect(TestSupport.pngSize(at: folder + "/plot.png") == size)
      #expect(TestSupport.files(in: folder) == ["plot.png"])
    }
  }

  @Test(arguments: TestSupport.allPlots)
  func svgHasTheRequestedWidth(plot: Plot) throws {
    try TestSupport.withFolder { folder in
      try plotter.render(
        plot, to: .file(folder + "/plot.SVG", size: .init(width: 700, height: 500)))

      let text = try String(contentsOfFile: folder + "/plot.SVG", encoding: .utf8)
      #expect(text.hasPrefix("<?xml") || text.hasPrefix("<svg"))
      #expect(text.contains("width=\"700\""))
    }
  }

  @Test func defaultSizeIsUsedWithoutOne() throws {
    try TestSupport.withFolder { folder in
      try plotter.render(TestSupport.sampleWeights, to: .file(folder + "/w.png"))

      #expect(TestSupport.pngSize(at: folder + "/w.png") == PixelSize(width: 960, height: 430))
    }
  }

  @Test func relativePathsAreTakenFromTheCurrentDirectory() throws {
    let name = "mnb-plot-relative-\(UUID().uuidString).png"
    defer { try? FileManager.default.removeItem(atPath: name) }

    let result = try plotter.render(TestSupport.sampleLosses, to: .file(name))

    let expected = FileManager.default.currentDirectoryPath + "/" + name
    #expect(result == .file(path: expected))
    #expect(TestSupport.pngSize(at: expected) != nil)
  }

  @Test(arguments: TestSupport.allPlots)
  func textOutputIsColouredText(plot: Plot) throws {
    let text = try #require(plotter.render(plot, to: .text(columns: 120, rows: 40)).text)

    #expect(text.contains("\u{1b}[38;2;"))
    #expect(text.split(separator: "\n").count >= 40)
    #expect(!text.hasPrefix("\u{0c}"))
  }

  @Test(arguments: ["'lead", "two''in a row", "end'", "`id` @x $y"])
  func userTextIsDrawnLiterally(title: String) throws {
    let plot = Plot.losses(
      LossCurves(series: [LossSeries(name: title, training: [1, 2])], title: title))

    let text = try #require(plotter.render(plot, to: .text(columns: 100, rows: 30)).text)

    let plain = text.replacingOccurrences(
      of: "\u{1b}\\[[0-9;]*m", with: "", options: .regularExpression)
    #expect(plain.components(separatedBy: title).count == 3, "title and key show '\(title)'")
  }

  @Test func sixelOutputIsASixelStream() throws {
    let text = try #require(
      plotter.render(TestSupport.sampleImages, to: .sixel(size: .init(width: 300, height: 200)))
        .text)

    #expect(text.hasPrefix("\u{1b}P"))
  }

  @Test func aRenderReplacesAnOldPictureWhole() throws {
    try TestSupport.withFolder { folder in
      let path = folder + "/p.png"
      try Data("old".utf8).write(to: URL(fileURLWithPath: path))

      try plotter.render(
        TestSupport.sampleConfusion, to: .file(path, size: .init(width: 300, height: 300)))

      #expect(TestSupport.pngSize(at: path) == PixelSize(width: 300, height: 300))
      #expect(TestSupport.files(in: folder) == ["p.png"])
    }
  }

  @Test func scriptErrorsAreReportedWithGnuplotsMessage() throws {
    let gnuplot = try plotter.installation()

    #expect(
      throws: PlotError.gnuplotFailed(
        executable: TestSupport.gnuplotPath, status: 1,
        message: "line 0: no datablock named $nosuch")
    ) {
      try plotter.run(script: "set terminal dumb\nplot $nosuch\n", with: gnuplot)
    }
  }

  @Test func warningsAreNotErrors() {
    let stderr = "         line 3: warning: Skipping data file with no valid points\n"

    #expect(GnuplotOutcome.errorMessage(in: stderr) == nil)
    #expect(
      GnuplotOutcome.errorMessage(in: "gnuplot> x\n  ^\n  line 0: invalid command\n")
        == "line 0: invalid command")
  }
}
