import Foundation
import Testing

/// Titles and file names from a notebook reach gnuplot; none of them may run anything.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/gnuplot")))
struct PlotSafetyTests {
  @Test func hostileTitlesAndPathsRunNothing() throws {
    let data = try TinyDataset()
    defer { data.remove() }
    let sentinel = data.root.appendingPathComponent("PWNED").path
    let notebook = """
      # %%
      load tiny
      train m on train epochs 2 rate 1
      # %% [expect-error]
      plot weights m to "|touch \(sentinel)"
      # %% [expect-error]
      plot weights m to "<touch \(sentinel)"
      # %%
      plot weights m title "`touch \(sentinel)`" to "a.png"
      plot loss m title "x' . system('touch \(sentinel)') . '" to "b.png"
      plot images train[0:3] title "@macro \\" ; system(\\"touch \(sentinel)\\")" to "c.svg"
      """
    let file = try data.file("hostile.mnb", notebook)

    let result = try MNBProcess.run(
      ["run", file.path], environment: ["MNB_DATA": data.root.path], in: data.root)

    #expect(result.status == 0, "stderr: \(result.log)")
    #expect(!FileManager.default.fileExists(atPath: sentinel))
    let files = try FileManager.default.contentsOfDirectory(atPath: data.root.path).sorted()
    #expect(files == ["a.png", "b.png", "c.svg", "hostile.mnb", "tiny"])
  }

  @Test func aPlotThroughALinkReplacesTheFileItPointsTo() throws {
    let data = try TinyDataset()
    defer { data.remove() }
    let pictures = data.root.appendingPathComponent("pictures")
    try FileManager.default.createDirectory(at: pictures, withIntermediateDirectories: false)
    try Data("old".utf8).write(to: pictures.appendingPathComponent("w.png"))
    try FileManager.default.createSymbolicLink(
      atPath: data.root.appendingPathComponent("w.png").path,
      withDestinationPath: "pictures/w.png")

    let result = try MNBProcess.run(
      [], input: "load tiny\ntrain m on train epochs 1\nplot weights m to \"w.png\"\n",
      environment: ["MNB_DATA": data.root.path], in: data.root)

    #expect(result.status == 0, "stderr: \(result.log)")
    let picture = try Data(contentsOf: pictures.appendingPathComponent("w.png"))
    #expect(picture.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    let link = data.root.appendingPathComponent("w.png").path
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "pictures/w.png")
    #expect(try FileManager.default.contentsOfDirectory(atPath: pictures.path) == ["w.png"])
  }

  @Test func aMissingGnuplotFailsThePlotAndSavesItsScript() throws {
    let data = try TinyDataset()
    defer { data.remove() }
    let file = try data.file(
      "nognuplot.mnb",
      """
      # %%
      load tiny
      train m on train epochs 2 rate 1
      # %% [expect-error]
      plot weights m to "w.png"
      # %%
      eval m on test
      """)

    let result = try MNBProcess.run(
      ["run", file.path],
      environment: ["MNB_DATA": data.root.path, "MNB_GNUPLOT": "/nonexistent/gnuplot"],
      in: data.root)

    #expect(result.status == 0, "stderr: \(result.log)")
    #expect(result.log.contains("apt-get install gnuplot-nox"))
    #expect(result.output.contains("accuracy 1.0000 on 'test'"))
    #expect(FileManager.default.fileExists(atPath: data.root.appendingPathComponent("w.gp").path))
    #expect(!FileManager.default.fileExists(atPath: data.root.appendingPathComponent("w.png").path))
  }
}
