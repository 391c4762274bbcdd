import Foundation

extension Plotter {
  func renderFile(_ plot: Plot, path: String, size: PixelSize?) throws -> RenderedPlot {
    let file = try OutputFile(
      path: path, currentDirectory: FileManager.default.currentDirectoryPath)
    let size = try (size ?? plot.defaultSize()).validated()
    let body = try plot.script(on: PlotCanvas(isText: false, size: size))

    let gnuplot: GnuplotInstallation
    do {
      gnuplot = try installation()
    } catch PlotError.gnuplotMissing(let override, _) {
      let saved = try saveScript(body, for: file, size: size)
      throw PlotError.gnuplotMissing(override: override, savedScript: saved)
    }

    let terminal = try gnuplot.terminal(for: file.format)
    let destination = try PictureDestination(for: file)
    defer { destination.discard() }
    let preamble = [
      Self.terminalLine(terminal, size: size),
      "set output \(try GnuplotText.quoted(destination.temporary, field: "path"))",
    ]
    do {
      _ = try run(script: body.text(preamble: preamble), with: gnuplot)
    } catch PlotError.gnuplotFailed(let executable, let status, let message) {
      // gnuplot words a full disk as a failed command; the disk is the cause to report.
      throw destination.diskFault()
        ?? .gnuplotFailed(executable: executable, status: status, message: message)
    }

    try destination.requirePicture()
    try destination.commit()
    return .file(path: file.path)
  }

  /// The complete script that draws `plot` into the file at `path`, as saved when gnuplot is
  /// missing; it picks pngcairo or png itself, so it runs on any gnuplot 5.
  public func script(for plot: Plot, file path: String, size: PixelSize? = nil) throws -> String {
    let file = try OutputFile(
      path: path, currentDirectory: FileManager.default.currentDirectoryPath)
    let size = try (size ?? plot.defaultSize()).validated()
    let body = try plot.script(on: PlotCanvas(isText: false, size: size))
    return try Self.standaloneScript(body, for: file, size: size)
  }

  static func terminalLine(_ terminal: String, size: PixelSize) -> String {
    var line = "set terminal \(terminal) size \(size.width),\(size.height) noenhanced"
    if terminal == "svg" {
      line += " background '#ffffff'"
    }
    return line
  }

  private static func standaloneScript(
    _ body: GnuplotScript, for file: OutputFile, size: PixelSize
  ) throws -> String {
    let terminal =
      file.format == .svg
      ? terminalLine("svg", size: size)
      : "if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) { \(terminalLine("pngcairo", size: size))"
        + " } else { \(terminalLine("png", size: size)) }"
    let preamble = [
      "# Written by mnb, which could not find gnuplot. Draw it with: gnuplot <this file>",
      terminal,
      "set output \(try GnuplotText.quoted(file.path, field: "path"))",
    ]
    return body.text(preamble: preamble)
  }

  /// Writes the standalone script beside `file` and returns its path.
  private func saveScript(_ body: GnuplotScript, for file: OutputFile, size: PixelSize) throws
    -> String
  {
    let text = try Self.standaloneScript(body, for: file, size: size)
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: file.scriptPath), options: .atomic)
    } catch {
      throw PlotError.cannotWrite(path: file.scriptPath, reason: error.localizedDescription)
    }
    return file.scriptPath
  }
}
