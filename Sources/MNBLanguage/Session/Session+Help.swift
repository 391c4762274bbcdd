import Foundation

extension Session {
  func help(_ topic: Located<String>?) throws(SessionFailure) {
    guard let topic else {
      console.output(HelpText.overview)
      return
    }
    guard let command = CommandCatalog.command(named: topic.value) else {
      throw SessionFailure(.unknownHelpTopic(name: topic.value), at: topic.location)
    }
    console.output(HelpText.page(for: command))
  }

  func listVariables() {
    if datasets.isEmpty && models.isEmpty {
      console.print("nothing yet: 'load mnist' makes the data sets 'train' and 'test'")
      return
    }
    var rows: [[String]] = datasetNames.map { name in
      let dataset = datasets[name]!
      return [
        name, "data", "\(dataset.count) images of \(dataset.height)x\(dataset.width)",
        Format.classes(dataset.classCount), "",
      ]
    }
    rows += modelNames.map { name in
      let model = models[name]!
      let accuracy = lastAccuracies[name].map {
        ", accuracy \(Format.fraction($0.accuracy)) on '\($0.dataset)'"
      }
      return [
        name, "model", "\(model.kind.displayName), \(model.inputSize) pixels",
        Format.count(model.epochsTrained, "epoch") + (accuracy ?? ""),
        model.lastTraining?.summary ?? "",
      ]
    }
    console.output(
      Format.table(
        header: ["name", "kind", "shape", "state", "last trained with"], rows: rows,
        leftAligned: true,
        width: console.columns()))
  }
}

/// The words of `help`, built from the command catalog.
enum HelpText {
  static var overview: String {
    var text = ""
    for group in CommandSpec.Group.allCases {
      text += "\(group.rawValue):\n"
      for command in CommandCatalog.commands where command.group == group {
        text +=
          "  " + command.name.padding(toLength: 9, withPad: " ", startingAt: 0)
          + command.summary + "\n"
      }
    }
    return text + "\n'help COMMAND' explains a command; '#' starts a comment.\n"
  }

  static func page(for command: CommandSpec) -> String {
    var text = "\(command.syntax)\n  \(command.summary)\n"
    if let details = command.details {
      text +=
        "\n" + details.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
        + "\n"
    }
    if !command.options.isEmpty {
      text += "\noptions:\n"
      let width = (command.options.map(\.name.count).max() ?? 0) + 2
      for option in command.options {
        text +=
          "  \(option.name.padding(toLength: width, withPad: " ", startingAt: 0))"
          + "\(option.summary)\n"
          + "  " + String(repeating: " ", count: width)
          + "\(option.kind.expectation); default \(option.defaultValue)\n"
      }
    }
    return text + "\nexample:\n  \(command.example)\n"
  }
}
