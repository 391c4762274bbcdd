import Foundation

/// Runs the built `mnb` executable and collects what it wrote.
struct MNBProcess {
  struct Result {
    var status: Int32
    var output: String
    var log: String
  }

  /// The `mnb` binary built beside the test bundle.
  static var executable: URL {
    if let path = ProcessInfo.processInfo.environment["MNB_EXECUTABLE"] {
      return URL(fileURLWithPath: path)
    }
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    while !folder.path.isEmpty && folder.path != "/" {
      let candidate = folder.appendingPathComponent("mnb")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder.deleteLastPathComponent()
    }
    return URL(fileURLWithPath: ".build/debug/mnb")
  }

  /// - Parameter inputFile: a file to read standard input from instead of `input`, for input
  ///   the child may stop reading early (writing the rest to a pipe would raise SIGPIPE here).
  static func run(
    _ arguments: [String], input: String? = nil, inputFile: URL? = nil,
    environment: [String: String] = [:], in directory: URL? = nil,
    executable: URL = MNBProcess.executable
  ) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var merged = ProcessInfo.processInfo.environment
    merged.removeValue(forKey: "MNB_DATA")
    merged.merge(environment) { $1 }
    process.environment = merged

    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = try inputFile.map { try FileHandle(forReadingFrom: $0) } ?? stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()

    if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
    try stdin.fileHandleForWriting.close()
    let collected = collect(stdout, stderr)
    process.waitUntilExit()
    return Result(status: process.terminationStatus, output: collected.0, log: collected.1)
  }

  /// Reads both pipes to their end at once, so neither can fill up and stall the child.
  private static func collect(_ first: Pipe, _ second: Pipe) -> (String, String) {
    nonisolated(unsafe) var secondData = Data()
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) {
      secondData = second.fileHandleForReading.readDataToEndOfFile()
    }
    let firstData = first.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    return (String(decoding: firstData, as: UTF8.self), String(decoding: secondData, as: UTF8.self))
  }
}
