import Foundation
import Testing

@testable import MNBPlot

/// Without gnuplot the script is saved beside the requested picture and can be drawn later.
struct MissingGnuplotTests {
  @Test func aMissingOverrideSavesTheScript() throws {
    try TestSupport.withFolder { folder in
      let plotter = Plotter(environment: [
        "MNB_GNUPLOT": folder + "/no-gnuplot", "PATH": "/usr/bin:/bin",
      ])

      #expect(
        throws: PlotError.gnuplotMissing(
          override: folder + "/no-gnuplot", savedScript: folder + "/weights.gp")
      ) {
        try plotter.render(TestSupport.sampleWeights, to: .file(folder + "/weights.png"))
      }
      #expect(TestSupport.files(in: folder) == ["weights.gp"])
    }
  }

  @Test func anEmptyPathSavesTheScript() throws {
    try TestSupport.withFolder { folder in
      let plotter = Plotter(environment: ["PATH": ""])

      #expect(throws: PlotError.gnuplotMissing(override: nil, savedScript: folder + "/loss.gp")) {
        try plotter.render(TestSupport.sampleLosses, to: .file(folder + "/loss.svg"))
      }
      #expect(TestSupport.files(in: folder) == ["loss.gp"])
    }
  }

  @Test func terminalOutputHasNothingToSave() {
    let plotter = Plotter(environment: ["PATH": ""])

    #expect(throws: PlotError.gnuplotMissing(override: nil, savedScript: nil)) {
      try plotter.render(TestSupport.sampleLosses, to: .text(columns: 80, rows: 24))
    }
  }

  @Test(
    .enabled(if: TestSupport.hasGnuplot, "needs gnuplot at /usr/bin/gnuplot"),
    arguments: TestSupport.allPlots)
  func theSavedScriptDrawsThePicture(plot: Plot) throws {
    try TestSupport.withFolder { folder in
      let plotter = Plotter(environment: ["PATH": ""])
      #expect(throws: PlotError.self) {
        try plotter.render(
          plot, to: .file(folder + "/saved.png", size: .init(width: 500, height: 300)))
      }

      let gnuplot = Process()
      gnuplot.executableURL = URL(fileURLWithPath: TestSupport.gnuplotPath)
      gnuplot.arguments = [folder + "/saved.gp"]
      try gnuplot.run()
      gnuplot.waitUntilExit()

      #expect(gnuplot.terminationStatus == 0)
      #expect(TestSupport.pngSize(at: folder + "/saved.png") == PixelSize(width: 500, height: 300))
    }
  }

  @Test func theMessageSaysHowToInstallAndWhereTheScriptIs() {
    let error = PlotError.gnuplotMissing(override: nil, savedScript: "/tmp/w.gp")

    #expect(
      error.description == "cannot draw: gnuplot is not on PATH; install it with "
        + "'apt-get install gnuplot-nox' or set MNB_GNUPLOT to its path; the plot was saved as "
        + "'/tmp/w.gp', draw it later with 'gnuplot /tmp/w.gp'")
  }
}
