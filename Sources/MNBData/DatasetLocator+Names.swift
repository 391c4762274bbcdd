import Foundation

extension DatasetLocator {
  /// The names of the folders inside the folders searched, sorted within each, skipping hidden
  /// ones; a data set is usually a folder named after it.
  public func availableNames(explicit: String?) -> [String] {
    searchDirectories(explicit: explicit).flatMap { directory in
      let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
      return entries.sorted().filter { entry in
        !entry.hasPrefix(".")
          && inspector.kind(of: directory.appending(component: entry).path) == .directory
      }
    }
  }
}
