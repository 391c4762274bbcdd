import MNBLanguage

extension FuzzTarget {
  /// Lines of the command language, each lexed and parsed, the lines after a bad one too, with a
  /// parameter of each type so `$NAME` references resolve.
  public static let commandLanguage = FuzzTarget(name: "language", maximumLength: 512) {
    bytes in
    let text = String(decoding: bytes, as: UTF8.self)
    var parsed = 0
    var firstError: SyntaxError?
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      do throws(SyntaxError) {
        let statement = try Parser.parse(
          line: String(line), number: index + 1, parameters: sampleParameters)
        if statement != nil { parsed += 1 }
      } catch {
        firstError = firstError ?? error
      }
    }
    if let firstError { return .refused(firstError.description) }
    return .accepted("\(parsed) statements")
  }

  static let sampleParameters: [String: ParameterValue] = [
    "epochs": .integer(6), "rate": .real(0.02), "name": .text("mnist"),
  ]
}
