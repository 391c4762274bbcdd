/// Everything the language knows about its commands: syntax, options and help text.
///
/// The parser checks options against these declarations and the `help` command prints them,
/// so the two can never disagree.
public enum CommandCatalog {
  public static let commands: [CommandSpec] = [
    CommandSpec(
      name: "load", group: .data,
      syntax: "load NAME [from \"DIR\"] | load data NAME from \"FILE.csv\""
        + " | load data NAME from \"IMAGES\" labels \"LABELS\""
        + " | load model NAME from \"FILE.mnbm\"",
      summary: "load a data set and name its splits 'train' and 'test', one data set from "
        + "files, or a saved model",
      details: """
        Looks for a folder NAME holding the four IDX files (gzip-compressed or raw) in
        the DIR given after 'from' (or DIR/NAME) and nowhere else; without 'from', in
        $MNB_DATA/NAME, then ${XDG_CACHE_HOME:-~/.cache}/mnb/NAME, then
        /usr/share/datasets/NAME; 'mnist', 'fashion-mnist' and 'kmnist' are then downloaded
        into the cache folder. Their files are checked
        against known SHA-256 sums wherever they are found, except in a DIR given with 'from'.
        'load data NAME from "FILE.csv"' reads one data set from a CSV file with a line per
        image: the label (0 to 63), then the pixels (0 to 255) of a square image, and an
        optional header line. 'load data NAME from "IMAGES" labels "LABELS"' reads an IDX
        images file and its labels file. Either way the classes are 0 to the largest label.
        'load model NAME from "FILE"' reads a file written by 'save MODEL' and names the
        model NAME, replacing any model of that name; 'eval', 'predict' and 'train' then
        check that the data has the model's image size and classes.
        """,
      example: "load mnist from \"/usr/share/datasets\""),
    CommandSpec(
      name: "export", group: .model,
      syntax: "export MODEL \"FILE.npy\" | export MODEL \"FILE.csv\"",
      summary: "write a model's weights for numpy (.npy) or as comma-separated text (.csv)",
      details: """
        The weights form (pixels + 1) rows by one column per class; the first row is the bias.
        A .npy file holds little-endian float32 ('numpy.load' reads it); a .csv file has a
        header line 'input,CLASS...', then the rows 'bias', 'pixel_0', 'pixel_1', ..., with
        nine significant digits, enough to read back the same float32 values.
        """,
      example: "export m \"weights.npy\""),
    CommandSpec(
      name: "show", group: .data, syntax: "show DATA | show DATA[INDEX]",
      summary: "describe a data set, or draw one of its images (or a picture file) as text",
      details: """
        'show "FILE.png"' reads a picture of your own (PNG, PGM or PPM) and draws it as
        'predict' prepares it for a 28x28 model: gray, light ink on black, the digit fitted
        into 20x20 and centred by its centre of mass, as MNIST's images were made.
        """,
      example: "show train[0]"),
    CommandSpec(
      name: "train", group: .model, syntax: "train MODEL on DATA [OPTION VALUE]...",
      summary: "create a model (if new) and train it; see the options for the two recipes",
      details: """
        Without optimiser options (rate, batch, optimizer, momentum, schedule, step, factor),
        a new model is softmax, trained by mnb's recipe: 6 epochs of Adam at 0.02 on batches
        of 256, cosine schedule, L2 1e-4 (about 92.7% on MNIST in under a second). With any of
        them, training starts from the numpy notebook's method (one-vs-rest, full-batch
        gradient descent, rate 0.1, 100 epochs) and the options change it.
        Training an existing model continues from its current weights.
        """,
      options: TrainingOptionSpecs.all,
      example: "train m on train epochs 10 validation 0.1 patience 2"),
    CommandSpec(
      name: "eval", group: .model, syntax: "eval MODEL on DATA",
      summary: "print the accuracy of a model on a data set",
      example: "eval m on test"),
    CommandSpec(
      name: "predict", group: .model, syntax: "predict MODEL on DATA",
      summary: "print the predicted class of each image (the first 10 unless a range is given)",
      details: """
        DATA may also be a picture file in quotes, "FILE.png" (PNG, PGM or PPM, told apart
        by their content): the picture is made gray, inverted when its border is light,
        cropped to the digit, fitted into 20/28 of the model's side keeping its proportions
        and centred by its centre of mass, as MNIST's images were; then the three likeliest
        classes are listed with their probabilities. 'show "FILE.png"' draws what the model
        sees.
        """,
      example: "predict m on \"digit.png\""),
    CommandSpec(
      name: "run", group: .session, syntax: "run \"FILE.mnb\"",
      summary: "run a notebook's cells in this session",
      example: "run \"Notebooks/mnist.mnb\""),
    CommandSpec(
      name: "save", group: .session, syntax: "save session \"FILE.mnb\" | save MODEL \"FILE.mnbm\"",
      summary: "write the commands that ran so far as a notebook, or a model to a model file",
      details: """
        'save session' writes a notebook that 'mnb run' reproduces. 'save MODEL' writes the
        model's weights, class names, image shape, loss history and the options of its latest
        'train' to a checked binary file, which 'load model NAME from "FILE"' reads back;
        '.mnbm' is the usual extension.
        'session' is a keyword here, so a model named 'session' cannot be saved.
        """,
      example: "save m \"digits.mnbm\""),
    CommandSpec(
      name: "param", group: .session, syntax: "param NAME TYPE = VALUE",
      summary: "declare a parameter, used as $NAME in the lines after it",
      details: """
        TYPE is 'int', 'real' or 'text'. The value is a default: 'mnb run NB.mnb -p NAME=VALUE'
        gives another, checked against the type, and a parameter that already has a value
        keeps it.
        """,
      example: "param epochs int = 5"),
    CommandSpec(
      name: "plot", group: .pictures,
      syntax: "plot weights MODEL | plot loss MODEL[, MODEL]... | plot confusion MODEL on DATA"
        + " | plot images DATA | plot errors MODEL on DATA  [OPTION VALUE]...",
      summary: "draw a model's weights, its loss curve, its confusion matrix, or images",
      details: """
        With 'to', the picture is written to that file (.png or .svg). Otherwise a notebook
        run writes it into a folder beside the notebook (NAME_files/), and the interactive
        session draws it in the terminal, and also into the folder of 'set plots "DIR"'.
        'plot errors' shows the first 24 images the model gets wrong; 'plot images "FILE.png"'
        shows a picture file as 'predict' prepares it.
        """,
      options: PlotOptionSpecs.all,
      example: "plot weights m to \"weights.png\""),
    CommandSpec(
      name: "set", group: .session, syntax: "set plots \"DIR\"",
      summary: "write every plot into a folder as well as showing it",
      example: "set plots \"figures\""),
    CommandSpec(
      name: "vars", group: .session, syntax: "vars",
      summary: "list the data sets and models of this session",
      example: "vars"),
    CommandSpec(
      name: "history", group: .session, syntax: "history [N]",
      summary: "list the last N lines typed at the prompt (20 unless given)",
      details: """
        Only in the interactive session. A line ending in '\\', or with an open '"' or '[',
        continues on the next line after a '...>' prompt.
        """,
      example: "history 5"),
    CommandSpec(
      name: "time", group: .session, syntax: "time COMMAND",
      summary: "run a command and say how long it took",
      example: "time eval m on test"),
    CommandSpec(
      name: "reset", group: .session, syntax: "reset",
      summary: "forget every data set, model and parameter of the session",
      example: "reset"),
    CommandSpec(
      name: "exit", group: .session, syntax: "exit",
      summary: "leave the session (Ctrl-D does too); in a script or notebook, stop there",
      example: "exit"),
    CommandSpec(
      name: "quit", group: .session, syntax: "quit", summary: "the same as 'exit'",
      example: "quit"),
    CommandSpec(
      name: "help", group: .session, syntax: "help [COMMAND]",
      summary: "list the commands, or explain one",
      example: "help train"),
  ]

  public static func command(named name: String) -> CommandSpec? {
    commands.first { $0.name == name }
  }

  public static var commandNames: [String] { commands.map(\.name) }
}

/// The options of `plot`.
public enum PlotOptionSpecs {
  public static let all = [
    OptionSpec(
      name: "to", kind: .text, defaultValue: "see above",
      summary: "the picture file; its extension (.png or .svg) picks the format"),
    OptionSpec(
      name: "width", kind: .integer(64...8000), defaultValue: "per plot",
      summary: "width of the picture in pixels"),
    OptionSpec(
      name: "height", kind: .integer(64...8000), defaultValue: "per plot",
      summary: "height of the picture in pixels"),
    OptionSpec(name: "title", kind: .text, defaultValue: "none", summary: "a title above the plot"),
    OptionSpec(
      name: "log", kind: .flag, defaultValue: "off",
      summary: "a logarithmic loss axis ('plot loss')"),
  ]
}

/// The options of `train`, with their defaults and allowed ranges.
///
/// Defaults come in two sets: with none of the optimiser options (`rate`, `batch`,
/// `optimizer`, `momentum`, `schedule`, `step`, `factor`), mnb's recipe; with any of them, the
/// numpy notebook's method, which the given options then change.
public enum TrainingOptionSpecs {
  public static let all = [
    OptionSpec(
      name: "model", kind: .choice(["softmax", "ovr"]), defaultValue: "softmax (recipe), ovr",
      summary: "the kind of a new model: multinomial, or one-vs-rest sigmoids"),
    OptionSpec(
      name: "epochs", kind: .integer(1...1_000_000), defaultValue: "6 (recipe), 100",
      summary: "passes over the training data"),
    OptionSpec(
      name: "rate", kind: .real(.positiveFloat), defaultValue: "0.02 (recipe), 0.1",
      summary: "learning rate at the start of the schedule"),
    OptionSpec(
      name: "batch", kind: .integer(1...Int(Int32.max)), defaultValue: "256 (recipe), all",
      summary: "images per gradient step, in an order shuffled each epoch from the seed"),
    OptionSpec(
      name: "optimizer", kind: .choice(["gd", "momentum", "adam"]),
      defaultValue: "adam (recipe), gd", summary: "how a gradient moves the weights"),
    OptionSpec(
      name: "momentum", kind: .real(RealRange(lower: 0, includesLower: true, upper: 1)),
      defaultValue: "0.9", summary: "momentum of 'optimizer momentum' (implies it)"),
    OptionSpec(
      name: "schedule", kind: .choice(["constant", "cosine", "step"]),
      defaultValue: "cosine (recipe), constant", summary: "how the rate changes over the run"),
    OptionSpec(
      name: "step", kind: .integer(1...1_000_000), defaultValue: "10",
      summary: "epochs between rate cuts of 'schedule step' (implies it)"),
    OptionSpec(
      name: "factor",
      kind: .real(RealRange(lower: 0, includesLower: false, upper: 1, includesUpper: true)),
      defaultValue: "0.5", summary: "what each cut of 'schedule step' multiplies the rate by"),
    OptionSpec(
      name: "l2",
      kind: .real(RealRange(lower: 0, includesLower: true, upper: 1e6, includesUpper: true)),
      defaultValue: "0.0001 (recipe), 0", summary: "L2 penalty on the pixel weights"),
    OptionSpec(
      name: "validation",
      kind: .real(RealRange(lower: 0, includesLower: false, upper: 0.5, includesUpper: true)),
      defaultValue: "none", summary: "fraction of the images held out to measure each epoch"),
    OptionSpec(
      name: "patience", kind: .integer(1...1_000_000), defaultValue: "none",
      summary: "stop after this many epochs without a better validation loss; keep the best"),
    OptionSpec(
      name: "threads", kind: .integer(1...2), defaultValue: "2",
      summary: "threads sharing each pass; the result is the same either way"),
    OptionSpec(
      name: "seed", kind: .integer(0...Int(UInt32.max)), defaultValue: "0",
      summary: "seed of the initial weights, the shuffling and the validation split"),
  ]

  /// The options that, when given, switch the defaults from the recipe to the notebook's.
  public static let optimiserOptionNames: Set = [
    "rate", "batch", "optimizer", "momentum", "schedule", "step", "factor",
  ]
}

public struct CommandSpec: Sendable {
  public enum Group: String, Sendable, CaseIterable {
    case data = "data"
    case model = "models"
    case pictures = "pictures"
    case session = "session"
  }

  public var name: String
  public var group: Group
  public var syntax: String
  public var summary: String
  public var details: String?
  public var options: [OptionSpec]
  public var example: String

  public init(
    name: String, group: Group, syntax: String, summary: String, details: String? = nil,
    options: [OptionSpec] = [], example: String
  ) {
    self.name = name
    self.group = group
    self.syntax = syntax
    self.summary = summary
    self.details = details
    self.options = options
    self.example = example
  }
}
