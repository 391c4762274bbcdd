import Foundation

extension NotebookReport {
  /// The id of the markdown cell that carries the banner in a .ipynb export.
  static let bannerCellID = "mnb-banner"

  /// The notebook's file name without folder or extension, for page titles.
  var title: String {
    let name = ((source as NSString).lastPathComponent as NSString).deletingPathExtension
    return name.isEmpty ? "notebook" : name
  }

  /// One id per cell, in order: the cell's own id when it is valid for nbformat (1–64 of
  /// `[A-Za-z0-9_-]`) and unique, otherwise a repaired one. The same report always gets the
  /// same ids, so reruns give stable ids.
  func exportIDs() -> [String] {
    var taken: Set<String> = banner == nil ? [] : [Self.bannerCellID]
    var ids: [String] = []

    for (index, cell) in cells.enumerated() {
      let base = Self.validID(from: cell.id, fallback: "cell-\(index + 1)")
      let id = Self.unique(base, avoiding: taken)
      taken.insert(id)
      ids.append(id)
    }
    return ids
  }

  private static func validID(from id: String, fallback: String) -> String {
    let allowed = id.unicodeScalars.map { scalar -> Character in
      let isAllowed =
        scalar.isASCII
        && (CharacterSet.alphanumerics.contains(scalar) || scalar == "-" || scalar == "_")
      return isAllowed ? Character(scalar) : "-"
    }
    let repaired = String(allowed.prefix(64))
    return repaired.isEmpty ? fallback : repaired
  }

  private static func unique(_ base: String, avoiding taken: Set<String>) -> String {
    var candidate = base
    var counter = 2
    while taken.contains(candidate) {
      let suffix = "-\(counter)"
      candidate = String(base.prefix(64 - suffix.count)) + suffix
      counter += 1
    }
    return candidate
  }
}
