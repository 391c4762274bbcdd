import Foundation

/// The `mnb` binary built beside the test bundle, and the environment a test session gets.
enum BuiltProgram {
  static var path: String {
    if let path = ProcessInfo.processInfo.environment["MNB_EXECUTABLE"] { return path }
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    while !folder.path.isEmpty && folder.path != "/" {
      let candidate = folder.appendingPathComponent("mnb")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate.path }
      folder.deleteLastPathComponent()
    }
    return ".build/debug/mnb"
  }

  /// A session's environment: its own state and home folders, no colour, a UTF-8 locale.
  static func environment(in folder: TemporaryFolder, extra: [String: String] = [:])
    -> [String: String]
  {
    // Sanitizer settings pass through, so scripts/sanitize's report files and suppressions
    // apply to the session too.
    let sanitizers = ProcessInfo.processInfo.environment.filter {
      ["ASAN_OPTIONS", "LSAN_OPTIONS", "TSAN_OPTIONS"].contains($0.key)
    }
    return [
      "HOME": folder.path, "XDG_STATE_HOME": folder.path + "/state", "TERM": "xterm",
      "NO_COLOR": "1", "LANG": "C.UTF-8", "MNB_DATA": folder.path + "/data",
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
    ].merging(sanitizers) { $1 }.merging(extra) { $1 }
  }
}
