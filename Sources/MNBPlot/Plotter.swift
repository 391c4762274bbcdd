import Foundation
import Synchronization

/// Draws plots by running gnuplot, one process per picture.
///
/// gnuplot is found on first use (`MNB_GNUPLOT`, else `gnuplot` on `PATH`) and asked once for
/// its terminals; a successful lookup is kept for the plotter's lifetime, a failed one is
/// retried next time so installing gnuplot mid-session works. A process per picture costs
/// about 0.1 s and leaves no state behind between pictures.
public final class Plotter: Sendable {
  let environment: [String: String]
  let timeout: Duration
  let isCancelled: @Sendable () -> Bool
  private let cachedInstallation = Mutex<GnuplotInstallation?>(nil)

  /// - Parameters:
  ///   - environment: read for `MNB_GNUPLOT` and `PATH`, and passed to gnuplot.
  ///   - timeout: how long one gnuplot run may take before it is killed.
  ///   - isCancelled: asked about ten times a second while gnuplot runs; true kills it and
  ///     the render throws `PlotError.cancelled`.
  public init(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    timeout: Duration = .seconds(30), isCancelled: @escaping @Sendable () -> Bool = { false }
  ) {
    self.environment = environment
    self.timeout = timeout
    self.isCancelled = isCancelled
  }

  /// Draws `plot` to `destination`.
  ///
  /// A file is written under a hidden temporary name in its folder and renamed when complete,
  /// so a failed render leaves no file behind and never a partial one.
  /// - Throws: `PlotError`. When gnuplot is missing and the destination is a file, the script
  ///   is saved beside it first (`weights.png` → `weights.gp`) and the error names it.
  @discardableResult
  public func render(_ plot: Plot, to destination: PlotDestination) throws -> RenderedPlot {
    switch destination {
    case .file(let path, let size):
      return try renderFile(plot, path: path, size: size)
    case .text(let columns, let rows):
      let size = try PixelSize(width: columns, height: rows).validated()
      let terminal = "set terminal dumb size \(columns),\(rows) noenhanced ansirgb"
      let canvas = PlotCanvas(isText: true, size: size)
      return try renderText(plot, terminal: "dumb", line: terminal, canvas: canvas)
    case .sixel(let size):
      let size = try (size ?? plot.defaultSize()).validated()
      let terminal = "set terminal sixelgd size \(size.width),\(size.height) noenhanced truecolor"
      let canvas = PlotCanvas(isText: false, size: size)
      return try renderText(plot, terminal: "sixelgd", line: terminal, canvas: canvas)
    }
  }

  /// The gnuplot found, probing it on first use.
  func installation() throws -> GnuplotInstallation {
    try cachedInstallation.withLock { cached in
      if let cached { return cached }
      let executable = try GnuplotLocator.locate(environment: environment)
      let found = try GnuplotInstallation.probe(
        executable: executable, environment: environment, timeout: timeout)
      cached = found
      return found
    }
  }

  /// Runs a complete script and returns gnuplot's stdout; the seam tests use to feed scripts.
  func run(script: String, with gnuplot: GnuplotInstallation) throws -> Data {
    let child = ChildProcess(
      executable: gnuplot.executable, environment: environment, timeout: timeout,
      isCancelled: isCancelled)
    return try GnuplotOutcome.run(child, script: script)
  }

  private func renderText(
    _ plot: Plot, terminal: String, line: String, canvas: PlotCanvas
  ) throws -> RenderedPlot {
    let body = try plot.script(on: canvas)
    let gnuplot = try installation()
    try gnuplot.requireTerminal(terminal)

    let output = try run(script: body.text(preamble: [line, "set output"]), with: gnuplot)
    // `dumb` starts each page with a form feed, which some terminals treat as "clear".
    let page = output.first == 0x0c ? output.dropFirst() : output[...]
    guard !page.isEmpty else { throw PlotError.emptyOutput(path: "the terminal") }
    return .text(String(decoding: page, as: UTF8.self))
  }
}
