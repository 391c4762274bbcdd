import MNBLanguage
import Testing

@testable import MNBRepl

@Suite struct CompleterTests {
  static let folders: [String: [CompletionContext.Entry]] = [
    "/": [.init(name: "usr", isDirectory: true), .init(name: "tmp", isDirectory: true)],
    "/work": [
      .init(name: "Notebooks", isDirectory: true), .init(name: "notes.mnb", isDirectory: false),
      .init(name: ".hidden", isDirectory: false), .init(name: "my \"odd\".mnb", isDirectory: false),
    ],
    "/work/Notebooks": [
      .init(name: "mnist.mnb", isDirectory: false), .init(name: "mnist_files", isDirectory: true),
    ],
  ]

  static let context = CompletionContext(
    datasetNames: ["test", "train"], modelNames: ["m", "model2"],
    loadableNames: { ["mnist", "fashion-mnist", "tiny"] },
    workingDirectory: "/work", homeDirectory: "/work",
    listDirectory: { folder in
      folders[folder == "/" ? folder : String(folder.reversed().drop { $0 == "/" }.reversed())]
        ?? []
    })

  struct Case: CustomStringConvertible, Sendable {
    var typed: String
    var insertion: String
    var candidates: [String]
    var description: String { "'\(typed)'" }
  }

  static let cases: [Case] = [
    Case(
      typed: "", insertion: "", candidates: CommandCatalog.commandNames.sorted()),
    Case(typed: "tr", insertion: "ain ", candidates: ["train"]),
    Case(typed: "p", insertion: "", candidates: ["param", "plot", "predict"]),
    Case(typed: "pr", insertion: "edict ", candidates: ["predict"]),
    Case(typed: "hist", insertion: "ory ", candidates: ["history"]),
    Case(typed: "train m on train ep", insertion: "ochs ", candidates: ["epochs"]),
    Case(
      typed: "train m on train optimizer ", insertion: "", candidates: ["adam", "gd", "momentum"]),
    Case(typed: "train m on train optimizer a", insertion: "dam ", candidates: ["adam"]),
    Case(typed: "train m on train epochs 5 epo", insertion: "", candidates: []),
    Case(typed: "train m on train model o", insertion: "vr ", candidates: ["ovr"]),
    Case(typed: "train m ", insertion: "on ", candidates: ["on"]),
    Case(typed: "train m on t", insertion: "", candidates: ["test", "train"]),
    Case(typed: "train m on tr", insertion: "ain ", candidates: ["train"]),
    Case(typed: "eval ", insertion: "m", candidates: ["m", "model2"]),
    Case(typed: "eval mo", insertion: "del2 ", candidates: ["model2"]),
    Case(typed: "predict m on te", insertion: "st ", candidates: ["test"]),
    Case(typed: "show te", insertion: "st ", candidates: ["test"]),
    Case(typed: "show train[0", insertion: "", candidates: []),
    Case(typed: "plot w", insertion: "eights ", candidates: ["weights"]),
    Case(typed: "plot weights m", insertion: "", candidates: ["m", "model2"]),
    Case(typed: "plot loss m, mo", insertion: "del2 ", candidates: ["model2"]),
    Case(typed: "plot confusion m on tr", insertion: "ain ", candidates: ["train"]),
    Case(
      typed: "plot weights m ", insertion: "",
      candidates: ["height", "log", "title", "to", "width"]),
    Case(typed: "plot weights m to ", insertion: "\"", candidates: []),
    Case(typed: "load f", insertion: "ashion-mnist ", candidates: ["fashion-mnist"]),
    Case(typed: "load ti", insertion: "ny ", candidates: ["tiny"]),
    Case(typed: "load mnist ", insertion: "from ", candidates: ["from"]),
    Case(typed: "load mnist from ", insertion: "\"", candidates: []),
    Case(typed: "load d", insertion: "ata ", candidates: ["data"]),
    Case(typed: "load data mine from \"a.csv\" ", insertion: "labels ", candidates: ["labels"]),
    Case(typed: "load mnist from \"/us", insertion: "r/", candidates: ["usr/"]),
    Case(typed: "run \"Note", insertion: "books/", candidates: ["Notebooks/"]),
    Case(typed: "run \"Notebooks/mnist", insertion: "", candidates: ["mnist.mnb", "mnist_files/"]),
    Case(typed: "run \"Notebooks/mnist.", insertion: "mnb\" ", candidates: ["mnist.mnb"]),
    Case(typed: "run \"no", insertion: "tes.mnb\" ", candidates: ["notes.mnb"]),
    Case(typed: "run \".h", insertion: "idden\" ", candidates: [".hidden"]),
    Case(typed: "run \"my", insertion: #" \"odd\".mnb" "#, candidates: ["my \"odd\".mnb"]),
    Case(typed: "help tr", insertion: "ain ", candidates: ["train"]),
    Case(typed: "save ", insertion: "", candidates: ["m", "model2", "session"]),
    Case(typed: "save se", insertion: "ssion ", candidates: ["session"]),
    Case(typed: "nosuch ", insertion: "", candidates: []),
    Case(typed: "train m on train # ep", insertion: "", candidates: []),
  ]

  @Test(arguments: cases)
  func completes(_ example: Case) {
    let completion = Completer(context: Self.context).complete(example.typed)
    #expect(completion.insertion == example.insertion)
    #expect(completion.candidates == example.candidates)
  }

  @Test func asksForLoadableNamesOnlyWhereLoadExpectsOne() {
    let context = CompletionContext(loadableNames: {
      Issue.record("listed data folder")
      return []
    })
    _ = Completer(context: context).complete("train m on ")
    _ = Completer(context: context).complete("eval ")
  }

  @Test func listsCandidatesDownColumns() {
    let list = CandidateList(candidates: ["adam", "gd", "momentum", "sgd"], width: 24)
    #expect(list.text == "adam      momentum\ngd        sgd\n")
  }
}
