/// How `mnb run` runs a notebook: which cells, what to do on failure, where output goes.
public struct RunOptions: Sendable, Equatable {
  /// The first cell to run; earlier code cells are skipped.
  public var from: CellReference?
  /// The last cell to run; later code cells are skipped.
  public var to: CellReference?
  /// When not empty, only these cells run.
  public var only: [CellReference] = []
  /// Run every cell even after one fails.
  public var keepsGoing = false
  /// The seconds a cell may take before it is stopped at its next safe point.
  public var cellTimeout: Double?
  /// Print nothing but errors.
  public var isQuiet = false
  /// Where the executed notebook is written, if anywhere: .ipynb, .html or .md.
  public var outputPath: String?
  /// Parameter values given as `-p NAME=VALUE`.
  public var parameters: [String: String] = [:]

  public init() {}
}

/// A cell named on the command line: by its number among the code cells, from 1, or its name.
public enum CellReference: Sendable, Equatable, CustomStringConvertible {
  case number(Int)
  case name(String)

  public init(_ text: String) {
    if let number = Int(text) {
      self = .number(number)
    } else {
      self = .name(text)
    }
  }

  public var description: String {
    switch self {
    case .number(let number): String(number)
    case .name(let name): "'\(name)'"
    }
  }
}
