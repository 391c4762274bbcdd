import MNBEngine

/// The training options section of a version 2 model file: a presence byte, then the options
/// of the model's latest training call, laid out in docs/model-format.md. Absent options and
/// fields that do not apply are written as zeros and must read back as zeros, so a file that
/// decodes also encodes back to the same bytes.
extension ModelFile {
  static func appendTrainingRun(_ run: TrainingRun?, to writer: inout ByteWriter) {
    guard let run else {
      writer.append(UInt8(0))
      return
    }
    let options = run.options
    writer.append(UInt8(1))
    writer.appendCount(options.epochs, of: "epochs asked for")
    writer.appendCount(run.epochsRun, of: "epochs run")
    writer.append(options.learningRate.bitPattern)
    writer.appendCount(options.batchSize ?? 0, of: "batch size")
    appendOptimizer(options.optimizer, to: &writer)
    appendSchedule(options.schedule, to: &writer)
    writer.append(options.l2Penalty.bitPattern)
    writer.append(options.validationFraction?.bitPattern ?? 0)
    writer.appendCount(options.patience ?? 0, of: "patience")
    writer.append(options.seed)
    guard let threads = UInt8(exactly: options.threadCount) else {
      preconditionFailure("ModelFile.appendTrainingRun: \(options.threadCount) threads")
    }
    writer.append(threads)
  }

  private static func appendOptimizer(
    _ optimizer: TrainingOptions.Optimizer, to writer: inout ByteWriter
  ) {
    let (code, values): (UInt8, [Float]) =
      switch optimizer {
      case .gradientDescent: (1, [0, 0, 0, 0])
      case .momentum(let momentum): (2, [momentum, 0, 0, 0])
      case .adam(let beta1, let beta2, let epsilon): (3, [0, beta1, beta2, epsilon])
      }
    writer.append(code)
    writer.appendFloats(values)
  }

  private static func appendSchedule(
    _ schedule: TrainingOptions.Schedule, to writer: inout ByteWriter
  ) {
    let (code, every, factor): (UInt8, Int, Float) =
      switch schedule {
      case .constant: (1, 0, 0)
      case .cosine: (2, 0, 0)
      case .step(let every, let factor): (3, every, factor)
      }
    writer.append(code)
    writer.appendCount(every, of: "step interval")
    writer.append(factor.bitPattern)
  }

  /// Reads the section written by `appendTrainingRun`; `epochsTrained` bounds the epochs run.
  static func trainingRun(from reader: inout ByteReader, epochsTrained: Int, file: String)
    throws(ModelFileError) -> TrainingRun?
  {
    let presence = try reader.byte("training options marker")
    guard presence != 0 else { return nil }
    guard presence == 1 else { throw .invalidOptions(file: file, reason: "marker \(presence)") }

    let epochs = try reader.count("epochs asked for")
    let epochsRun = try reader.count("epochs run")
    guard epochs >= 1, epochsRun <= epochs, epochsRun <= epochsTrained else {
      throw .invalidOptions(
        file: file, reason: "\(epochsRun) of \(epochs) epochs run, \(epochsTrained) trained")
    }
    let rate = Float(bitPattern: try reader.uint32("learning rate"))
    let batch = try reader.count("batch size")
    let optimizer = try self.optimizer(from: &reader, file: file)
    let schedule = try self.schedule(from: &reader, file: file)
    let l2 = Float(bitPattern: try reader.uint32("l2 penalty"))
    let validation = try reader.uint64("validation fraction")
    let patience = try reader.count("patience")
    let seed = try reader.uint64("seed")
    let threads = Int(try reader.byte("thread count"))
    guard (1...2).contains(threads) else {
      throw .invalidOptions(file: file, reason: "\(threads) threads")
    }

    let options = TrainingOptions(
      epochs: epochs, learningRate: rate, batchSize: batch == 0 ? nil : batch, seed: seed,
      optimizer: optimizer, schedule: schedule, l2Penalty: l2,
      validationFraction: validation == 0 ? nil : Double(bitPattern: validation),
      patience: patience == 0 ? nil : patience, threadCount: threads)
    return TrainingRun(options: options, epochsRun: epochsRun)
  }

  private static func optimizer(from reader: inout ByteReader, file: String)
    throws(ModelFileError) -> TrainingOptions.Optimizer
  {
    let code = try reader.byte("optimizer")
    let values = try reader.floats(4, "optimizer constants")
    let used: [Bool]
    let optimizer: TrainingOptions.Optimizer
    switch code {
    case 1: (optimizer, used) = (.gradientDescent, [false, false, false, false])
    case 2: (optimizer, used) = (.momentum(values[0]), [true, false, false, false])
    case 3:
      optimizer = .adam(beta1: values[1], beta2: values[2], epsilon: values[3])
      used = [false, true, true, true]
    default: throw .invalidOptions(file: file, reason: "optimizer code \(code)")
    }
    for (value, isUsed) in zip(values, used) where !isUsed && value.bitPattern != 0 {
      throw .invalidOptions(file: file, reason: "a constant the optimizer does not use")
    }
    return optimizer
  }

  private static func schedule(from reader: inout ByteReader, file: String)
    throws(ModelFileError) -> TrainingOptions.Schedule
  {
    let code = try reader.byte("schedule")
    let every = try reader.count("step interval")
    let factor = Float(bitPattern: try reader.uint32("step factor"))
    switch code {
    case 1, 2:
      guard every == 0, factor.bitPattern == 0 else {
        throw .invalidOptions(file: file, reason: "a step for a schedule without steps")
      }
      return code == 1 ? .constant : .cosine
    case 3:
      guard every >= 1 else { throw .invalidOptions(file: file, reason: "a step of 0 epochs") }
      return .step(every: every, factor: factor)
    default:
      throw .invalidOptions(file: file, reason: "schedule code \(code)")
    }
  }
}
