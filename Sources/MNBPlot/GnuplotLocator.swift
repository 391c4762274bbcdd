import Foundation

/// Finds the gnuplot executable: `MNB_GNUPLOT` when set, else `gnuplot` on `PATH`.
enum GnuplotLocator {
  /// - Throws: `PlotError.gnuplotMissing` (with no saved script yet).
  static func locate(environment: [String: String]) throws -> String {
    if let override = environment["MNB_GNUPLOT"], !override.isEmpty {
      let found =
        override.contains("/") ? executable(absolute(override)) : search(override, environment)
      guard let found else {
        throw PlotError.gnuplotMissing(override: override, savedScript: nil)
      }
      return found
    }
    guard let found = search("gnuplot", environment) else {
      throw PlotError.gnuplotMissing(override: nil, savedScript: nil)
    }
    return found
  }

  /// Searches each non-empty `PATH` entry; an unset or empty `PATH` finds nothing.
  private static func search(_ name: String, _ environment: [String: String]) -> String? {
    let folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
    for folder in folders where folder.hasPrefix("/") {
      if let found = executable(folder + "/" + name) {
        return found
      }
    }
    return nil
  }

  private static func absolute(_ path: String) -> String {
    path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
  }

  private static func executable(_ path: String) -> String? {
    var isFolder: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
    guard exists, !isFolder.boolValue, FileManager.default.isExecutableFile(atPath: path) else {
      return nil
    }
    return path
  }
}
