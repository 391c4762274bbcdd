import Foundation
import Testing

@testable import MNBPlot

/// Hostile titles and paths with the real gnuplot: each payload would create a sentinel file.
@Suite(.enabled(if: TestSupport.hasGnuplot, "needs gnuplot at /usr/bin/gnuplot"))
struct HostileInputTests {
  let plotter = Plotter(environment: TestSupport.environment())

  static func payloads(touching sentinel: String) -> [String] {
    [
      "x`touch \(sentinel)`", "'.system('touch \(sentinel)').'", "@m system(\"touch \(sentinel)\")",
      "a' ; system('touch \(sentinel)') ; b='",
    ]
  }

  @Test func hostileTitlesAndNamesRunNothing() throws {
    try TestSupport.withFolder { folder in
      let sentinel = folder + "/sentinel"
      for payload in Self.payloads(touching: sentinel) {
        let plots: [Plot] = [
          .losses(
            LossCurves(series: [LossSeries(name: payload, training: [1, 0.5])], title: payload)),
          .confusion(
            ConfusionMatrix(
              counts: [[3, 1], [0, 4]], classNames: [payload, "b"], title: payload)),
          .images(ImageGrid(images: [[0, 255, 0, 255]], height: 2, width: 2, captions: [payload])),
        ]
        for plot in plots {
          // Keep going after a failure so the sentinel is checked whatever happened.
          do {
            try plotter.render(
              plot, to: .file(folder + "/out.png", size: .init(width: 300, height: 200)))
            _ = try plotter.render(plot, to: .text(columns: 60, rows: 20))
          } catch {
            Issue.record("payload '\(payload)': \(error)")
          }
        }
      }

      #expect(!FileManager.default.fileExists(atPath: sentinel))
      #expect(TestSupport.files(in: folder) == ["out.png"])
    }
  }

  @Test func pathsThatLookLikeCommandsAreRefused() throws {
    try TestSupport.withFolder { folder in
      for path in ["|touch \(folder)/sentinel", "<touch \(folder)/sentinel.png"] {
        #expect(throws: PlotError.unsafePath(path)) {
          try plotter.render(TestSupport.sampleLosses, to: .file(path))
        }
      }

      #expect(TestSupport.files(in: folder).isEmpty)
    }
  }

  @Test func backquotesInAPathNameAFile() throws {
    try TestSupport.withFolder { folder in
      // A backquoted command would run in the current directory, where gnuplot runs.
      let sentinel = "mnb-sentinel-\(UUID().uuidString)"
      let name = "`touch \(sentinel)`|x.png"
      defer { try? FileManager.default.removeItem(atPath: sentinel) }

      try plotter.render(TestSupport.sampleLosses, to: .file(folder + "/" + name))

      #expect(TestSupport.files(in: folder) == [name])
      #expect(!FileManager.default.fileExists(atPath: sentinel))
    }
  }

  @Test func aPathWithALineBreakIsRefused() {
    #expect(throws: PlotError.controlCharacter(field: "path", text: "a\nb.png")) {
      try plotter.render(TestSupport.sampleLosses, to: .file("a\nb.png"))
    }
  }

  @Test func unknownExtensionsAreNamed() {
    #expect(throws: PlotError.unsupportedExtension(path: "w.jpg", extension: "jpg")) {
      try plotter.render(TestSupport.sampleLosses, to: .file("w.jpg"))
    }
    #expect(throws: PlotError.unsupportedExtension(path: "weights", extension: "")) {
      try plotter.render(TestSupport.sampleLosses, to: .file("weights"))
    }
  }

  @Test func aMissingFolderIsReported() {
    #expect(throws: PlotError.missingFolder(path: "/nonexistent-mnb/w.png")) {
      try plotter.render(TestSupport.sampleLosses, to: .file("/nonexistent-mnb/w.png"))
    }
  }
}
