/// The lines typed in this session and the ones before, and the file they are saved to.
///
/// Each line is saved before it runs, so it survives `exit`, Ctrl-D, a crash or a kill.
/// A problem with the file is reported once; after a failed save, saving stops.
struct TypedHistory {
  private(set) var entries: [String] = []
  private var file: HistoryFile?
  private let warn: (String) -> Void

  init(file: HistoryFile?, warn: @escaping (String) -> Void) {
    self.file = file
    self.warn = warn
    guard let file else { return }
    do {
      entries = try file.load()
    } catch {
      warn(error.description)
      if case .cannotSetAside = error { self.file = nil }
    }
  }

  mutating func record(_ line: String) {
    if entries.last != line { entries.append(line) }
    guard let file else { return }
    do {
      try file.append(line)
    } catch {
      warn(error.description)
      self.file = nil
    }
  }
}
