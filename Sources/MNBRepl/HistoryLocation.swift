import Foundation
import MNBLanguage

/// Where the interactive history is kept: `${XDG_STATE_HOME:-~/.local/state}/mnb/history`.
struct HistoryLocation {
  let environment: [String: String]

  var path: String {
    let state =
      environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
    return state + "/mnb/history"
  }

  /// Creates the history folder; returns nil (history kept in memory) when that fails.
  func prepareFile(console: Console) -> String? {
    let folder = (path as NSString).deletingLastPathComponent
    do {
      try FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
      return path
    } catch {
      console.printProblem("warning: cannot create '\(folder)': history will not be saved")
      return nil
    }
  }
}
