import MNBLanguage

/// The code cells a run includes, worked out from `--from`, `--to` and `--only`.
struct CellSelection {
  /// Indices into the notebook's code cells.
  let included: Set<Int>

  /// - Throws: `SelectionError` when a reference names no cell, or `--from` comes after `--to`.
  init(_ options: RunOptions, cells: [Cell]) throws(SelectionError) {
    let resolve = { (reference: CellReference) throws(SelectionError) -> Int in
      try Self.index(of: reference, in: cells)
    }
    let first = try options.from.map(resolve) ?? 0
    let last = try options.to.map(resolve) ?? cells.count - 1
    guard first <= last else {
      throw .emptyRange(from: options.from!, to: options.to!)
    }

    var included = Set(first...max(first, last))
    if !options.only.isEmpty {
      var chosen = Set<Int>()
      for reference in options.only { chosen.insert(try resolve(reference)) }
      included.formIntersection(chosen)
    }
    let parameterCells = cells.indices.filter { cells[$0].kind == .parameters }
    self.included = included.union(parameterCells)
  }

  private static func index(of reference: CellReference, in cells: [Cell]) throws(SelectionError)
    -> Int
  {
    switch reference {
    case .number(let number):
      guard (1...cells.count).contains(number) else {
        throw .noSuchNumber(number, count: cells.count)
      }
      return number - 1
    case .name(let name):
      let names = cells.compactMap(\.name)
      guard let index = cells.firstIndex(where: { $0.name == name }) else {
        throw .noSuchName(name, known: names)
      }
      return index
    }
  }
}

enum SelectionError: Error, Equatable, CustomStringConvertible {
  case noSuchNumber(Int, count: Int)
  case noSuchName(String, known: [String])
  case emptyRange(from: CellReference, to: CellReference)

  var description: String {
    switch self {
    case .noSuchNumber(let number, let count):
      return "there is no cell \(number): the notebook has \(count) code cells, numbered 1 to "
        + "\(count); 'mnb run --list NB.mnb' lists them"
    case .noSuchName(let name, let known):
      let hint = Suggestion.hint(for: name, among: known)
      let list =
        known.isEmpty
        ? "no cell has a name"
        : "the named cells are "
          + known.map { "'\($0)'" }.joined(separator: ", ")
      return "there is no cell named '\(name)'\(hint.isEmpty ? ";" : hint + ";") \(list)"
    case .emptyRange(let from, let to):
      return "cell \(from) comes after cell \(to), so '--from \(from) --to \(to)' selects nothing"
    }
  }
}
