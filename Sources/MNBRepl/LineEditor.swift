@preconcurrency import CEditLine
import Foundation
import MNBLanguage

/// An interactive line reader on libedit, with Tab completion and an in-memory history.
///
/// The only file that talks to libedit. The history file itself is kept by `HistoryFile`,
/// which merges each line into it under a lock; this editor holds the lines Up and Down
/// walk through.
final class LineEditor {
  enum ReadResult: Equatable {
    case line(String)
    case interrupted
    case endOfInput
  }

  private let editLine: OpaquePointer
  private let history: OpaquePointer

  /// libedit reaches the prompt and the completer through C callbacks, so they live in globals;
  /// there is one editor per process.
  nonisolated(unsafe) private static var promptText = strdup("mnb> ")
  nonisolated(unsafe) private static var completer: (String) -> Completion = { _ in .none }
  /// The text before the cursor at the last Tab that found several candidates.
  nonisolated(unsafe) private static var lastAmbiguousTab: String?

  init?(programName: String, historySize: Int32, completer: @escaping (String) -> Completion) {
    Self.useUTF8()
    guard let editLine = el_init(programName, stdin, stdout, stderr) else { return nil }
    guard let history = history_init() else {
      el_end(editLine)
      return nil
    }
    self.editLine = editLine
    self.history = history
    Self.completer = completer

    mnb_history_setsize(history, historySize)
    mnb_history_setunique(history, 1)
    mnb_el_set_hist(editLine, history)
    mnb_el_set_editor(editLine, "emacs")
    mnb_el_set_signal(editLine, 1)
    mnb_el_set_prompt_esc(editLine, { _ in LineEditor.promptText }, Self.ignoreMark)
    mnb_el_addfn(editLine, "mnb-complete", "complete the word before the cursor", Self.tab)
    mnb_el_bind(editLine, "^I", "mnb-complete")
    el_source(editLine, nil)
  }

  /// Marks the escape sequences of a coloured prompt, which take no room on screen.
  static let ignoreMark = CChar(1)

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

  func readLine(prompt: String) -> ReadResult {
    free(LineEditor.promptText)
    LineEditor.promptText = strdup(prompt)
    Self.lastAmbiguousTab = nil

    var count: Int32 = 0
    errno = 0
    guard let raw = el_gets(editLine, &count) else {
      return count < 0 && errno == EINTR ? .interrupted : .endOfInput
    }
    var line = String(cString: raw)
    while line.hasSuffix("\n") || line.hasSuffix("\r") { line.removeLast() }
    return .line(line)
  }

  /// Adds a line to the lines Up and Down walk through.
  func remember(_ line: String) {
    mnb_history_enter(history, line)
  }

  /// Whether libedit's own reader accepts the history file at `path`.
  static func canLoadHistory(atPath path: String) -> Bool {
    guard let history = history_init() else { return false }
    defer { history_end(history) }
    return mnb_history_load(history, path) >= 0
  }

  /// Tab: inserts what the completer is sure of; a second Tab on the same text lists the
  /// candidates below the line and redraws the prompt.
  private static let tab: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { editLine, _ in
    guard let editLine, let info = el_line(editLine)?.pointee, let start = info.buffer else {
      return UInt8(CC_ERROR)
    }
    let length = info.cursor.map { $0 - start } ?? 0
    let before = String(
      decoding: UnsafeRawBufferPointer(start: start, count: length), as: UTF8.self)
    let completion = LineEditor.completer(before)

    if !completion.insertion.isEmpty {
      LineEditor.lastAmbiguousTab = nil
      guard el_insertstr(editLine, completion.insertion) == 0 else { return UInt8(CC_ERROR) }
      return UInt8(CC_REFRESH)
    }
    guard completion.candidates.count > 1 else { return UInt8(CC_ERROR) }
    guard LineEditor.lastAmbiguousTab == before else {
      LineEditor.lastAmbiguousTab = before
      return UInt8(CC_ERROR)
    }
    let list = CandidateList(candidates: completion.candidates, width: terminalWidth())
    fputs("\n" + list.text, stdout)
    fflush(stdout)
    return UInt8(CC_REDISPLAY)
  }

  private static func terminalWidth() -> Int {
    TerminalSize.of(STDOUT_FILENO)?.columns ?? 80
  }
}
