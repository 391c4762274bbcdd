import Foundation
import Synchronization
import Testing

@testable import MNBLanguage

/// Digits drawn in the test, predicted by a model trained on the real MNIST files.
@Suite(.enabled(if: PictureSession.dataFolder != nil, "set MNB_DATA to a folder holding mnist/"))
struct PicturePredictionTests {
  @Test func handDrawnDigitsArePredictedByAModelTrainedOnMNIST() throws {
    let session = try PictureSession()
    defer { session.removeFolder() }
    try session.run("load mnist")
    try session.run("train m on train")

    for (digit, drawing) in [
      ("7", PenDrawing.seven), ("1", PenDrawing.one), ("0", PenDrawing.zero),
    ] {
      let file = try session.write(drawing, as: "digit\(digit).png")
      session.clearOutput()
      try session.run("predict m on \"\(file)\"")

      let lines = session.output.split(separator: "\n")
      #expect(lines.first?.hasPrefix("\(file): \(digit) (") == true, "\(session.output)")
      #expect(lines.count == 5 && lines[1] == "  class  probability")
      let model = try #require(session.session.models["m"])
      let picture = try session.session.preparedPicture(
        Located(file, at: SourceLocation(line: 1, column: 1)), side: 28,
        classNames: model.classNames)
      let probabilities = try model.probabilities(for: picture)
      #expect(abs(probabilities.reduce(0, +) - 1) < 1e-4)
      #expect(probabilities.indices.max { probabilities[$0] < probabilities[$1] } == Int(digit))
    }
  }
}

@Suite struct PictureCommandTests {
  @Test func showDrawsThePreparedPictureAndABlankOneIsAnError() throws {
    let session = try PictureSession()
    defer { session.removeFolder() }
    let file = try session.write(PenDrawing.one, as: "one.png")
    try session.run("show \"\(file)\"")
    let lines = session.output.split(separator: "\n")
    #expect(lines[0] == "\(file): prepared as 28x28")
    #expect(lines.count == 31 && lines[1] == "+" + String(repeating: "-", count: 56) + "+")
    #expect(lines[15].contains("@@"))

    let blank = try session.write(PenDrawing(strokes: []), as: "blank.png")
    let failure = #expect(throws: SessionFailure.self) { try session.run("show \"\(blank)\"") }
    #expect(failure?.message == "\(blank): no digit found: the picture is blank")
    #expect(failure?.location == SourceLocation(line: 1, column: 6))
  }

  @Test func parserTakesAStringWhereDataGoes() throws {
    let predict = try Parser.parse(line: #"predict m on "a.png""#, number: 1)?.command
    #expect(
      predict
        == .predictPicture(
          model: Located("m", at: .init(line: 1, column: 9)),
          file: Located("a.png", at: .init(line: 1, column: 14))))
    let plot = try Parser.parse(line: #"plot images "b.pgm" to "c.png""#, number: 1)?.command
    guard case .plot(let request) = plot else {
      Issue.record("expected a plot, got \(String(describing: plot))")
      return
    }
    #expect(request.subject == .picture(file: Located("b.pgm", at: .init(line: 1, column: 13))))
  }
}

/// A session whose output is collected, with a temporary folder for pictures.
final class PictureSession: Sendable {
  static var dataFolder: String? {
    ProcessInfo.processInfo.environment["MNB_DATA"].flatMap { $0.isEmpty ? nil : $0 }
  }

  nonisolated(unsafe) let session: Session
  private let collected = Mutex("")
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("mnb-pictures-\(UUID().uuidString)")

  init() throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var environment: [String: String] = ["MNB_OFFLINE": "1"]
    environment["MNB_DATA"] = Self.dataFolder
    session = Session(
      console: Console(output: { _ in }, log: { _ in }), environment: environment,
      homeDirectory: folder.path)
    // Weak, since the session keeps the console: a strong capture would never be freed.
    session.console = Console(
      output: { [weak self] text in self?.collected.withLock { $0 += text } }, log: { _ in })
  }

  var output: String { collected.withLock { $0 } }
  func clearOutput() { collected.withLock { $0 = "" } }
  func removeFolder() { try? FileManager.default.removeItem(at: folder) }

  func write(_ drawing: PenDrawing, as name: String) throws -> String {
    let url = folder.appendingPathComponent(name)
    try drawing.png.write(to: url)
    return url.path
  }

  func run(_ line: String) throws {
    guard let statement = try Parser.parse(line: line, number: 1) else { return }
    try session.run(statement)
  }
}
