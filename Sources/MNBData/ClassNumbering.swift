import Foundation

/// Decides how many classes a data set mnb does not know by name has, from its labels alone.
///
/// Classes are numbered from 0 up to the largest label in either split, so a class seen only in
/// the test split still has a place. Every class below the largest must have at least one
/// training image: a class the model never sees cannot be learnt, and a gap is what a damaged
/// label byte (say 255 among digits 0 to 9) leaves behind. The largest class itself may be
/// missing from the training split, as when a test split holds one class more.
enum ClassNumbering {
  /// The class names "0", "1" and so on, one per class; see the type's rule.
  ///
  /// - Throws: `DatasetError.classesWithoutImages` naming the first label, in the train file and
  ///   then the test file, that lies above the first run of classes with no training image.
  static func classNames(
    trainLabels: [UInt8], testLabels: [UInt8], trainFile: URL, testFile: URL
  ) throws(DatasetError) -> [String] {
    let largest = Int(max(trainLabels.max() ?? 0, testLabels.max() ?? 0))
    var isPopulated = [Bool](repeating: false, count: 256)
    for label in trainLabels { isPopulated[Int(label)] = true }

    guard let gapStart = (0..<largest).first(where: { !isPopulated[$0] }) else {
      return (0...largest).map(String.init)
    }

    // The first label beyond the gap exists: the largest label lies beyond it.
    let inTrain = trainLabels.contains { Int($0) > gapStart }
    let (file, labels) = inTrain ? (trainFile, trainLabels) : (testFile, testLabels)
    let index = labels.firstIndex { Int($0) > gapStart }!
    let label = labels[index]

    let nextPopulated = (gapStart + 1..<256).first { isPopulated[$0] } ?? 256
    let gapEnd = min(Int(label), nextPopulated) - 1
    throw .classesWithoutImages(file, index: index, label: label, emptyClasses: gapStart...gapEnd)
  }
}
