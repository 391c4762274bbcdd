import Foundation
import MNBData
import MNBEngine
import MNBPlot

extension Session {
  func plot(_ request: PlotRequest) throws(SessionFailure) {
    let options = PlotOptions(request.options)
    let (plot, kind) = try makePlot(request.subject, title: options.title, logScale: options.log)
    let location = request.options.first { $0.name == "to" }?.location ?? subjectLocation(request)

    if let file = options.file {
      try render(plot, to: file, size: options.size, at: location)
      return
    }
    switch plotOutput {
    case .terminal:
      try drawInTerminal(plot, at: location)
      if let plotFolder {
        let path = nextPlotPath(in: plotFolder, prefix: "plot", kind: kind)
        try render(plot, to: path, size: options.size, creating: plotFolder, at: location)
      }
    case .folder(let folder, let prefix):
      let path = nextPlotPath(in: folder, prefix: prefix, kind: kind)
      try render(plot, to: path, size: options.size, creating: folder, at: location)
    }
  }

  func setOption(_ setting: Located<String>, to value: Located<String>) throws(SessionFailure) {
    guard setting.value == "plots" else {
      throw SessionFailure(.unknownSetting(name: setting.value), at: setting.location)
    }
    plotFolder = value.value.isEmpty ? nil : value.value
    if let plotFolder {
      do {
        try AtomicFile.createFolder(at: URL(fileURLWithPath: plotFolder), displayPath: plotFolder)
      } catch {
        self.plotFolder = nil
        throw SessionFailure(.plotFailed(reason: error.description), at: value.location)
      }
    }
    console.print(plotFolder.map { "plots are also written to '\($0)'" } ?? "plots are only shown")
  }

  /// Draws into a file; `folder`, when given, is made first: the folders mnb picks itself.
  /// A folder the user named must exist, so a typo does not scatter new folders.
  private func render(
    _ plot: Plot, to path: String, size: PixelSize?, creating folder: String? = nil,
    at location: SourceLocation
  ) throws(SessionFailure) {
    do {
      if let folder {
        try AtomicFile.createFolder(at: URL(fileURLWithPath: folder), displayPath: folder)
      }
      try plotter.render(plot, to: .file(path, size: size))
    } catch {
      throw plotFailure(error, at: location)
    }
    console.print("wrote '\(path)'")
    console.picture(path, "plot: \(URL(fileURLWithPath: path).lastPathComponent)")
  }

  private func drawInTerminal(_ plot: Plot, at location: SourceLocation) throws(SessionFailure) {
    let destination: PlotDestination
    if TerminalGraphics.supportsSixel(environment: environment) {
      destination = .sixel()
    } else {
      let size = TerminalSize.current
      destination = .text(columns: size.columns, rows: max(20, size.rows - 4))
    }
    do {
      let drawn = try plotter.render(plot, to: destination)
      console.output((drawn.text ?? "") + "\n")
    } catch {
      throw plotFailure(error, at: location)
    }
  }

  private func plotFailure(_ error: any Error, at location: SourceLocation) -> SessionFailure {
    if case PlotError.cancelled = error {
      return SessionFailure(.interrupted(step: "the plot was stopped"), at: location)
    }
    return SessionFailure(.plotFailed(reason: "\(error)"), at: location)
  }

  /// `FOLDER/PREFIX-N-KIND.png`, with N counting the plots written under that prefix.
  private func nextPlotPath(in folder: String, prefix: String, kind: String) -> String {
    let count = (plotCounts[prefix] ?? 0) + 1
    plotCounts[prefix] = count
    return (folder as NSString).appendingPathComponent("\(prefix)-\(count)-\(kind).png")
  }

  private func subjectLocation(_ request: PlotRequest) -> SourceLocation {
    switch request.subject {
    case .weights(let model), .confusion(let model, _), .errors(let model, _): model.location
    case .loss(let models): models[0].location
    case .images(let data): data.name.location
    case .picture(let file): file.location
    }
  }
}

/// The options of one `plot` command.
struct PlotOptions {
  var file: String?
  var size: PixelSize?
  var title: String?
  var log = false

  init(_ values: [OptionValue]) {
    var width: Int?
    var height: Int?
    for option in values {
      switch (option.name, option.value) {
      case ("to", .word(let path)): file = path
      case ("title", .word(let text)): title = text
      case ("width", .integer(let value)): width = value
      case ("height", .integer(let value)): height = value
      case ("log", _): log = true
      default: preconditionFailure("PlotOptions.init: undeclared option '\(option.name)'")
      }
    }
    if width != nil || height != nil {
      size = PixelSize(width: width ?? 1000, height: height ?? 600)
    }
  }
}
