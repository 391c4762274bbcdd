import Foundation
import MNBData
import MNBLanguage

extension CompletionContext {
  /// The context of a running session: its names, the data sets `load` knows and the real
  /// file system.
  static func live(session: Session, environment: [String: String]) -> CompletionContext {
    let dataFolder = environment["MNB_DATA"].flatMap { $0.isEmpty ? nil : $0 }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return CompletionContext(
      datasetNames: session.datasetNames, modelNames: session.modelNames,
      loadableNames: {
        let known = KnownDataset.all.map(\.name)
        guard let dataFolder else { return known }
        return known + listing(of: dataFolder).filter(\.isDirectory).map(\.name)
      },
      workingDirectory: FileManager.default.currentDirectoryPath, homeDirectory: home,
      listDirectory: listing(of:))
  }

  /// One `readdir` pass; an entry's kind comes from the listing, or a `stat` for links.
  private static func listing(of folder: String) -> [Entry] {
    let url = URL(fileURLWithPath: folder.isEmpty ? "." : folder, isDirectory: true)
    let keys: [URLResourceKey] = [.isDirectoryKey]
    let urls =
      (try? FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: keys))
      ?? []
    return urls.map { entry in
      let isDirectory = (try? entry.resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory
      return Entry(name: entry.lastPathComponent, isDirectory: isDirectory ?? false)
    }
  }
}
