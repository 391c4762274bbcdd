import Foundation
import Testing

@testable import MNBRepl

@Suite struct HistoryFileTests {
  let folder = TemporaryFolder()
  var path: String { folder.path + "/history" }

  @Test(arguments: [
    "junk\u{0}\u{1}\u{2}\u{FF}", "#1700000000\nload mnist\ntrain m on train\n",
    "_HiStOrY_V2_\nok\\q\n",
  ])
  func foreignFileIsSetAsideWithOneWarning(contents: String) throws {
    try Data(contents.utf8).write(to: URL(fileURLWithPath: path))
    var warnings: [String] = []
    var history = TypedHistory(file: HistoryFile(path: path)) { warnings.append($0) }

    #expect(history.entries.isEmpty)
    #expect(warnings.count == 1)
    #expect(warnings.first?.contains("is not an mnb history file: moved it to") == true)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(names.contains { $0.hasPrefix("history.bad-") })

    history.record("vars")
    #expect(warnings.count == 1)
    #expect(try HistoryFile(path: path).load() == ["vars"])
    #expect(LineEditor.canLoadHistory(atPath: path))
  }

  @Test func entriesRoundTripThroughLibedit() throws {
    let entries = ["load mnist from \"/tmp/a b\"", "tab\there", "back\\slash", "héllo ✓", "x  y "]
    let file = HistoryFile(path: path)
    for entry in entries { try file.append(entry) }

    #expect(try file.load() == entries)
    #expect(LineEditor.canLoadHistory(atPath: path))
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.hasPrefix("_HiStOrY_V2_\nload\\040mnist\\040from\\040\"/tmp/a\\040b\"\n"))
  }

  @Test func aLinkedHistoryFileStaysALink() throws {
    let real = folder.path + "/dotfiles-history"
    try FileManager.default.createSymbolicLink(
      atPath: path, withDestinationPath: "dotfiles-history")
    let file = HistoryFile(path: path)

    try file.append("vars")
    try file.append("eval m on test")

    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: path) == "dotfiles-history")
    #expect(try HistoryFile(path: real).load() == ["vars", "eval m on test"])
  }

  @Test func sizeLimitKeepsTheNewestEntriesInALoadableFile() throws {
    let file = HistoryFile(path: path, limit: 5)
    for number in 1...12 { try file.append("eval m\(number) on test") }

    #expect(try file.load() == (8...12).map { "eval m\($0) on test" })
    #expect(LineEditor.canLoadHistory(atPath: path))
  }

  @Test func repeatedLineIsSavedOnce() throws {
    let file = HistoryFile(path: path)
    try file.append("vars")
    try file.append("vars")
    #expect(try file.load() == ["vars"])
  }

  @Test func twoWritersAtOnceKeepEveryEntry() async throws {
    let path = self.path
    await withTaskGroup(of: Void.self) { group in
      for writer in ["a", "b"] {
        group.addTask {
          let file = HistoryFile(path: path)
          for number in 0..<40 { try? file.append("show \(writer)\(number)") }
        }
      }
    }
    let entries = try HistoryFile(path: path).load()
    #expect(Set(entries) == Set(["a", "b"].flatMap { w in (0..<40).map { "show \(w)\($0)" } }))
    #expect(LineEditor.canLoadHistory(atPath: path))
  }
}
