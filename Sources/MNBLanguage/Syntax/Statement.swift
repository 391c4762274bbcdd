/// One parsed command of the language, with where it was written.
public struct Statement: Sendable, Equatable {
  public var command: Command
  public var location: SourceLocation
  /// The text of the line the command came from, for echoing and error context.
  public var text: String

  public init(command: Command, location: SourceLocation, text: String) {
    self.command = command
    self.location = location
    self.text = text
  }
}

/// What a statement asks for.
public indirect enum Command: Sendable, Equatable {
  /// `load NAME [from "DIR"]`: finds the named data set and binds `train` and `test`.
  case load(dataset: Located<String>, directory: Located<String>?)
  /// `show DATA`: a data set's shape and class counts, or one image drawn as text.
  case show(DataReference)
  /// `train MODEL on DATA [options]`: creates the model if needed, then trains it.
  case train(model: Located<String>, data: DataReference, options: [OptionValue])
  /// `eval MODEL on DATA`: accuracy and per-class results.
  case evaluate(model: Located<String>, data: DataReference)
  /// `predict MODEL on DATA`: the predicted class of each image.
  case predict(model: Located<String>, data: DataReference)
  /// `predict MODEL on "FILE"`: the likeliest classes of the user's own picture.
  case predictPicture(model: Located<String>, file: Located<String>)
  /// `show "FILE"`: a picture as the model sees it, prepared like MNIST, drawn as text.
  case showPicture(file: Located<String>)
  /// `param NAME TYPE = VALUE`: declares a parameter unless it already has a value.
  case declareParameter(ParameterDeclaration)
  /// `run "FILE"`: runs a notebook's cells in this session.
  case runNotebook(path: Located<String>)
  /// `save session "FILE"`: writes the commands run so far as a notebook.
  case saveSession(path: Located<String>)
  /// `save MODEL "FILE"`: writes a model file.
  case saveModel(model: Located<String>, path: Located<String>)
  /// `load data NAME from "FILE.csv"` or `load data NAME from "IMAGES" labels "LABELS"`:
  /// reads one data set from files the user names and binds it to `name`.
  case loadData(name: Located<String>, file: Located<String>, labels: Located<String>?)
  /// `load model NAME from "FILE"`: reads a model file and names the model.
  case loadModel(model: Located<String>, path: Located<String>)
  /// `export MODEL "FILE"`: writes the weights as `.npy` or `.csv`, as the extension says.
  case exportModel(model: Located<String>, path: Located<String>)
  /// `plot KIND ... [options]`: a picture of a model or a data set.
  case plot(PlotRequest)
  /// `set NAME VALUE`: a session setting, such as the folder plots are also written to.
  case set(setting: Located<String>, value: Located<String>)
  /// `vars`: the data sets and models of the session.
  case listVariables
  /// `time COMMAND`: runs the command and says how long it took.
  case time(Command)
  /// `reset`: forgets every data set, model and parameter of the session.
  case reset
  /// `exit` (or `quit`): leaves the interactive session or ends a script.
  case exit
  /// `help [COMMAND]`.
  case help(topic: Located<String>?)
}

/// A data set named in a command, optionally narrowed to one image or a range of images.
public struct DataReference: Sendable, Equatable {
  public enum Selection: Sendable, Equatable {
    case index(Int)
    /// A half-open range; a missing bound means the start or the end of the data set.
    case range(from: Int?, to: Int?)
  }

  public var name: Located<String>
  public var selection: Selection?

  public init(name: Located<String>, selection: Selection? = nil) {
    self.name = name
    self.selection = selection
  }
}

/// An option given to a command, already checked against its declaration.
public struct OptionValue: Sendable, Equatable {
  public enum Value: Sendable, Equatable {
    case integer(Int)
    case real(Double)
    case word(String)
    case flag
  }

  public var name: String
  public var value: Value
  public var location: SourceLocation

  public init(name: String, value: Value, location: SourceLocation) {
    self.name = name
    self.value = value
    self.location = location
  }
}

/// What `plot` draws, with the options given after it.
public struct PlotRequest: Sendable, Equatable {
  public enum Subject: Sendable, Equatable {
    /// Each class's weights as an image, one panel per class.
    case weights(model: Located<String>)
    /// The loss per epoch of one or more models.
    case loss(models: [Located<String>])
    /// True against predicted classes of a model on a data set.
    case confusion(model: Located<String>, data: DataReference)
    /// Images of a data set with their labels.
    case images(DataReference)
    /// A picture file prepared like MNIST, as a model sees it.
    case picture(file: Located<String>)
    /// The images a model gets wrong, with predicted and true labels.
    case errors(model: Located<String>, data: DataReference)
  }

  public var subject: Subject
  public var options: [OptionValue]

  public init(subject: Subject, options: [OptionValue]) {
    self.subject = subject
    self.options = options
  }
}
