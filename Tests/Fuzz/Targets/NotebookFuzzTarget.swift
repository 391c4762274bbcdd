import MNBNotebook

extension FuzzTarget {
  /// Whole notebook files: cells, parameters and every code line.
  public static let notebook = FuzzTarget(name: "notebook", maximumLength: 4096) { bytes in
    do throws(NotebookError) {
      let notebook = try Notebook.parse(String(decoding: bytes, as: UTF8.self))
      return .accepted("\(notebook.cells.count) cells")
    } catch {
      switch error {
      case .unparsable(let errors):
        return .refused(errors.map(\.description).joined(separator: "\n"))
      default: return .refused(error.parameterMessage ?? "\(error)")
      }
    }
  }
}
