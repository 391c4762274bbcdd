import Foundation
import MNBData
import MNBEngine

/// Writes a model's weights in a format other programs read.
public enum WeightExport {
  /// Writes the weights of `model`, `(inputSize + 1) × classCount` with the bias row first, to
  /// `url` atomically, in `format`.
  /// - Throws: `AtomicFileError`, naming the file as `displayPath` (or `url.path`) gives it.
  public static func write(
    _ model: LogisticModel, as format: ExportFormat, to url: URL, displayPath: String? = nil
  ) throws(AtomicFileError) {
    try AtomicFile.write(encoded(model, as: format), to: url, displayPath: displayPath)
  }

  public static func encoded(_ model: LogisticModel, as format: ExportFormat) -> Data {
    switch format {
    case .npy:
      NumpyArray.encoded(model.weights, rows: model.weightRowCount, columns: model.classCount)
    case .csv:
      Data(WeightsCSV.text(of: model).utf8)
    }
  }
}
