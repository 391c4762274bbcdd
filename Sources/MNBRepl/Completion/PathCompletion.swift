/// Completes a file or folder name inside double quotes from one listing of its folder.
struct PathCompletion {
  let context: CompletionContext

  /// `typed` is the text after the opening quote, unescaped.
  func complete(_ typed: String) -> Completion {
    let folderPart = typed.lastIndex(of: "/").map { typed[...$0] } ?? ""
    let namePrefix = String(typed.dropFirst(folderPart.count))
    let showsHidden = namePrefix.hasPrefix(".")
    let entries = context.listDirectory(folder(for: String(folderPart))).filter {
      $0.name.hasPrefix(namePrefix) && (showsHidden || !$0.name.hasPrefix("."))
    }

    guard entries.count == 1, let entry = entries.first else {
      let choice = Completion.choosing(from: entries.map(\.name), typed: namePrefix, ending: "")
      return Completion(
        insertion: Self.escaped(choice.insertion),
        candidates: entries.map(Self.shown).sorted())
    }
    let rest = String(entry.name.dropFirst(namePrefix.count))
    return Completion(
      insertion: Self.escaped(rest) + (entry.isDirectory ? "/" : "\" "),
      candidates: [Self.shown(entry)])
  }

  /// The folder to list: the typed one, from the working folder unless absolute or under `~`.
  private func folder(for typed: String) -> String {
    if typed.hasPrefix("/") { return typed }
    if typed == "~/" || typed.hasPrefix("~/") {
      return context.homeDirectory + "/" + typed.dropFirst(2)
    }
    return context.workingDirectory + "/" + typed
  }

  private static func shown(_ entry: CompletionContext.Entry) -> String {
    entry.name + (entry.isDirectory ? "/" : "")
  }

  /// Inside a string the language reads `\"` and `\\` as escapes.
  private static func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
  }
}
