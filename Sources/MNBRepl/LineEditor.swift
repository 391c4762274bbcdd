@preconcurrency import CEditLine
import Foundation

/// An interactive line reader on libedit, with a persistent history file.
///
/// The only file that talks to libedit. Each accepted line is written to the history file
/// before it runs, so the history survives a crash of the command that follows.
final class LineEditor {
  enum ReadResult {
    case line(String)
    case interrupted
    case endOfInput
  }

  private let editLine: OpaquePointer
  private let history: OpaquePointer
  private let historyPath: String?

  /// The prompt libedit draws; read through a C callback, so it lives in a global.
  nonisolated(unsafe) private static var promptText = strdup("mnb> ")

  init?(programName: String, historyPath: String?, historySize: Int32 = 1000) {
    Self.useUTF8()
    guard let editLine = el_init(programName, stdin, stdout, stderr) else { return nil }
    guard let history = history_init() else {
      el_end(editLine)
      return nil
    }
    self.editLine = editLine
    self.history = history
    self.historyPath = historyPath

    mnb_history_setsize(history, historySize)
    mnb_history_setunique(history, 1)
    mnb_el_set_hist(editLine, history)
    mnb_el_set_editor(editLine, "emacs")
    mnb_el_set_signal(editLine, 1)
    mnb_el_set_prompt(editLine) { _ in LineEditor.promptText }
    el_source(editLine, nil)
  }

  /// libedit reads multibyte input only under a UTF-8 character type, and drops other bytes;
  /// it never sets the locale itself, so the program must, whatever LANG says.
  private static func useUTF8() {
    setlocale(LC_CTYPE, "")
    let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
    if codeset != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
  }

  deinit {
    history_end(history)
    el_end(editLine)
  }

  /// Loads the history file; returns false when it exists but libedit cannot read it.
  func loadHistory() -> Bool {
    guard let historyPath, FileManager.default.fileExists(atPath: historyPath) else { return true }
    return mnb_history_load(history, historyPath) >= 0
  }

  func readLine(prompt: String) -> ReadResult {
    free(LineEditor.promptText)
    LineEditor.promptText = strdup(prompt)

    var count: Int32 = 0
    errno = 0
    guard let raw = el_gets(editLine, &count) else {
      return count < 0 && errno == EINTR ? .interrupted : .endOfInput
    }
    var line = String(cString: raw)
    while line.hasSuffix("\n") || line.hasSuffix("\r") { line.removeLast() }
    return .line(line)
  }

  /// Adds a line to the history and saves the history file at once.
  func remember(_ line: String) {
    guard !line.allSatisfy(\.isWhitespace) else { return }
    mnb_history_enter(history, line)
    if let historyPath { mnb_history_save(history, historyPath) }
  }
}
