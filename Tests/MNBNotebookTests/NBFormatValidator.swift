import Foundation

/// Runs Python's `nbformat` package on a notebook: the interpreter named by `MNB_PYTHON`,
/// else `python3` on the path. Tests that need it are skipped when it cannot import nbformat.
enum NBFormatValidator {
  static let interpreter = ProcessInfo.processInfo.environment["MNB_PYTHON"] ?? "python3"

  static let isAvailable: Bool = (try? run(["-c", "import nbformat"]).status) == 0

  /// Validates the notebook at `path` against its schema (4.5 for nbformat_minor 5), then checks
  /// that nbformat writes the same notebook back byte for byte. Returns what Python printed.
  static func check(_ path: String) throws -> (status: Int32, output: String) {
    let script = """
      import sys, nbformat
      text = open(sys.argv[1], encoding="utf-8").read()
      notebook = nbformat.reads(text, as_version=nbformat.NO_CONVERT)
      nbformat.validate(notebook)
      print("valid", notebook.nbformat, notebook.nbformat_minor)
      print("same as jupyter" if nbformat.writes(notebook) + "\\n" == text else "differs")
      """
    return try run(["-c", script, path])
  }

  private static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [interpreter] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe

    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self))
  }
}
