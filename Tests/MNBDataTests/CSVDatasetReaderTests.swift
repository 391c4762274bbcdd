import Foundation
import Testing

@testable import MNBData

/// CSV files of 2x2 images: a label, then four pixel values per line.
@Suite struct CSVDatasetReaderTests {
  static let rows = "2,0,255,10,20\n0,1,2,3,4\n1,9,8,7,6\n"

  func read(_ text: String, in folder: TemporaryFolder) throws -> Dataset {
    let file = try folder.write(Array(text.utf8), to: "digits.csv")
    return try CSVDatasetReader.read(contentsOf: file, name: "d")
  }

  func error(reading text: String) throws -> String {
    try withTemporaryFolder { folder in
      do {
        _ = try read(text, in: folder)
        return "no error"
      } catch let error as DatasetError {
        return error.description
      }
    }
  }

  @Test(arguments: [
    rows, "label,pixel0,pixel1,pixel2,pixel3\n" + rows, "label,1x1,1x2,2x1,2x2\n" + rows,
    rows.replacingOccurrences(of: "\n", with: "\r\n"), rows + "\n", rows + "\r\n\r\n",
    "\u{FEFF}" + rows, String(rows.dropLast()),
  ])
  func readsEveryLayoutToTheSameDataset(text: String) throws {
    try withTemporaryFolder { folder in
      let dataset = try read(text, in: folder)
      #expect(dataset.name == "d")
      #expect(dataset.height == 2 && dataset.width == 2)
      #expect(dataset.labels == [2, 0, 1])
      #expect(dataset.pixels == [0, 255, 10, 20, 1, 2, 3, 4, 9, 8, 7, 6])
      #expect(dataset.classNames == ["0", "1", "2"])
    }
  }

  @Test func aBadValueIsNamedByLineFieldAndColumn() throws {
    let text = "label,a,b,c,d\n1,0,0,0,0\n2,10,x7,3,4\n"
    #expect(
      try error(reading: text)
        == "cannot read 'digits.csv': line 3, field 3 (column 6): expected a pixel value "
        + "from 0 to 255, found 'x7'")
  }

  @Test(arguments: [
    (
      "1,0,256,0,0\n",
      "line 1, field 3 (column 5): expected a pixel value from 0 to 255, "
        + "found '256'"
    ),
    (
      "1,0,-1,0,0\n",
      "line 1, field 3 (column 5): expected a pixel value from 0 to 255, "
        + "found '-1'"
    ),
    (
      "1,0,0.5,0,0\n",
      "line 1, field 3 (column 5): expected a pixel value from 0 to 255, "
        + "found '0.5'"
    ),
    (
      "1,0,,0,0\n",
      "line 1, field 3 (column 5): expected a pixel value from 0 to 255, "
        + "found an empty value"
    ),
    (
      "1,0,0,0,0\n64,0,0,0,0\n",
      "line 2, field 1 (column 1): expected a label from 0 to 63, "
        + "found '64'"
    ),
  ])
  func valuesOutOfRangeAreRefused(text: String, message: String) throws {
    #expect(try error(reading: text) == "cannot read 'digits.csv': " + message)
  }

  @Test func aShortLineIsRefused() throws {
    #expect(
      try error(reading: "1,0,0,0,0\r\n2,0,0,0,0\r\n0,0,0,0\r\n")
        == "cannot read 'digits.csv': line 3 has 4 values; line 1 has 5, and every line needs "
        + "as many (the label, then one value per pixel)")
  }

  @Test func aLongLineIsRefused() throws {
    #expect(
      try error(reading: "label,a,b,c,d\n1,0,0,0,0,0\n")
        == "cannot read 'digits.csv': line 2 has 6 values; line 1 has 5, and every line needs "
        + "as many (the label, then one value per pixel)")
  }

  @Test func aPixelCountThatIsNotSquareIsRefused() throws {
    #expect(
      try error(reading: "label," + (0..<783).map { "p\($0)" }.joined(separator: ",") + "\n")
        == "cannot read 'digits.csv': each line has 783 pixel values, which is not a square "
        + "number, so the images have no side length; expected square images, such as 784 "
        + "values for 28x28")
  }

  @Test(arguments: [
    ("", "the file is empty"), ("\n\n", "the file is empty"),
    ("label,a,b,c,d\n", "the file holds only a header line"),
  ])
  func aFileWithoutImagesIsRefused(text: String, problem: String) throws {
    #expect(
      try error(reading: text)
        == "cannot read 'digits.csv': \(problem); expected one line per image: the label, "
        + "then the pixel values")
  }

  @Test func anEmptyLineBeforeMoreLinesIsRefused() throws {
    #expect(
      try error(reading: "1,0,0,0,0\n\n2,0,0,0,0\n")
        == "cannot read 'digits.csv': line 2 is empty but more lines follow; remove the empty "
        + "line")
  }

  @Test(arguments: [false, true])
  func anIDXFileIsRecognised(compressed: Bool) throws {
    try withTemporaryFolder { folder in
      let file = try folder.write(
        IDXBytes.images(count: 2), to: "t10k-images.gz", compressed: compressed)
      let form = compressed ? "it is gzip-compressed and starts" : "it starts"

      #expect(
        error(of: file)
          == "cannot read 't10k-images.gz' as CSV: \(form) like an IDX file; an IDX images "
          + "file needs its labels file: load data x from \"IMAGES\" labels \"LABELS\"")
    }
  }

  @Test func aCompressedFileOfAnotherKindIsStillCalledCompressed() throws {
    try withTemporaryFolder { folder in
      let file = try folder.write(Array("1,0,0,0,0\n".utf8), to: "d.csv.gz", compressed: true)

      #expect(
        error(of: file)
          == "cannot read 'd.csv.gz' as CSV: it is gzip-compressed; decompress it first, "
          + "as with 'gunzip'")
    }
  }

  private func error(of file: URL) -> String? {
    do {
      _ = try CSVDatasetReader.read(contentsOf: file, name: "x")
      return nil
    } catch {
      return error.description
    }
  }

  @Test func aPipeOrDeviceIsRefusedAskingForACSVFile() throws {
    try withTemporaryFolder { folder in
      let pipe = folder.url.appending(path: "pipe.csv")
      #expect(mkfifo(pipe.path, 0o600) == 0)
      let zero = folder.url.appending(path: "zero.csv")
      try FileManager.default.createSymbolicLink(
        at: zero, withDestinationURL: URL(fileURLWithPath: "/dev/zero"))

      #expect(
        error(of: pipe)
          == "cannot open '\(pipe.path)': it is a named pipe, not a file; give the path of a "
          + "CSV file")
      let device = error(of: zero) ?? ""
      #expect(device.hasPrefix("cannot open '\(zero.path)': it is a "), "\(device)")
      #expect(device.hasSuffix("; give the path of a CSV file"), "\(device)")
    }
  }

  @Test func anAbsurdlyLargeFileIsRefusedBeforeReading() throws {
    try withTemporaryFolder { folder in
      let file = try folder.write(Array(Self.rows.utf8), to: "digits.csv")
      #expect(throws: DatasetError.badCSV(.tooLarge(file, bytes: 34, maximumBytes: 33))) {
        try CSVDatasetReader.read(contentsOf: file, name: "d", maximumBytes: 33)
      }
    }
  }

  @Test func aFileThatMayHoldMoreValuesThanTheMemoryLimitIsRefusedBeforeReading() throws {
    try withTemporaryFolder { folder in
      let file = try folder.write(Array(Self.rows.utf8), to: "digits.csv")
      let limit = try MemoryBudget.fromEnvironment(["MNB_MEMORY_LIMIT": "16"])
      do {
        _ = try CSVDatasetReader.read(contentsOf: file, name: "d", memoryLimit: limit)
        Issue.record("expected an error")
      } catch let error as DatasetError {
        #expect(
          error.description
            == "digits.csv: the file of 34 bytes may hold up to 18 values (18 bytes), more than "
            + "the memory limit of 16 bytes (MNB_MEMORY_LIMIT)")
      }
      let enough = try MemoryBudget.fromEnvironment(["MNB_MEMORY_LIMIT": "1K"])
      #expect(
        try CSVDatasetReader.read(contentsOf: file, name: "d", memoryLimit: enough).count == 3)
    }
  }

  @Test func aFirstLineOfEmptyValuesIsAHeader() throws {
    #expect(
      try error(reading: ",,,,\n")
        == "cannot read 'digits.csv': the file holds only a header line; expected one line per "
        + "image: the label, then the pixel values")
  }

  @Test(arguments: ["label,", "1,"])
  func aFirstLineOfTooManyValuesIsRefusedWithoutReadingOn(start: String) throws {
    try withTemporaryFolder { folder in
      let text = start + String(repeating: "1,", count: 2_000_000) + "1\n"
      let file = try folder.write(Array(text.utf8), to: "wide.csv")
      let reach = ReadReach()
      let monitor = LoadMonitor(progress: { read, _ in reach.bytes = read })
      do {
        _ = try CSVDatasetReader.read(contentsOf: file, name: "d", monitor: monitor)
        Issue.record("expected an error")
      } catch let error as DatasetError {
        #expect(
          error.description
            == "cannot read 'wide.csv': line 1 holds more than 1000001 values; mnb reads "
            + "images of at most 1000x1000 pixels")
      }
      #expect(reach.bytes < text.utf8.count / 2)
    }
  }

  @Test func aLaterLineOfTooManyValuesIsRefused() throws {
    let text = "1,0,0,0,0\n2," + String(repeating: "0,", count: 1_000_001) + "0\n"
    #expect(
      try error(reading: text)
        == "cannot read 'digits.csv': line 2 holds more than 1000001 values; mnb reads images "
        + "of at most 1000x1000 pixels")
  }

  @Test func aLineOfTheLargestImageIsRead() throws {
    let line = "7," + String(repeating: "9,", count: 999_999) + "9\n"
    try withTemporaryFolder { folder in
      let dataset = try read(line + line, in: folder)
      #expect(dataset.count == 2 && dataset.width == 1000 && dataset.height == 1000)
      #expect(dataset.labels == [7, 7] && dataset.pixels.allSatisfy { $0 == 9 })
    }
  }

  @Test(arguments: [rows, "label,a,b,c,d\r\n" + rows, "\u{FEFF}" + rows])
  func readsFromMemoryAsFromAFile(_ text: String) throws {
    try withTemporaryFolder { folder in
      let file = try folder.write(Array(text.utf8), to: "digits.csv")
      let fromMemory = try CSVDatasetReader.read(bytes: Array(text.utf8), named: file, name: "d")
      #expect(fromMemory == (try CSVDatasetReader.read(contentsOf: file, name: "d")))
      #expect(fromMemory.count == 3 && fromMemory.width == 2)
    }
  }

  @Test func readsMoreSlicesThanOne() throws {
    try withTemporaryFolder { folder in
      let line = "3," + [String](repeating: "255", count: 784).joined(separator: ",") + "\n"
      let count = LoadMonitor.sliceBytes / line.utf8.count + 5
      let dataset = try read(String(repeating: line, count: count), in: folder)
      #expect(dataset.count == count)
      #expect(dataset.height == 28 && dataset.width == 28)
      #expect(dataset.pixels.allSatisfy { $0 == 255 })
      #expect(dataset.classNames.count == 4)
    }
  }

  @Test func stopsWhenTheMonitorAsks() throws {
    try withTemporaryFolder { folder in
      let file = try folder.write(Array(Self.rows.utf8), to: "digits.csv")
      #expect(throws: DatasetError.unreadable(.cancelled(file))) {
        try CSVDatasetReader.read(
          contentsOf: file, name: "d", monitor: LoadMonitor(isCancelled: { true }))
      }
    }
  }

  @Test func namedIDXFilesMustHoldAsManyImagesAsLabels() throws {
    try withTemporaryFolder { folder in
      let images = try folder.write(IDXBytes.images(count: 6), to: "my-images")
      let labels = try folder.write(IDXBytes.labels(count: 4), to: "my-labels")
      do {
        _ = try loadDataset(images: images, labels: labels, name: "x")
        Issue.record("expected an error")
      } catch let error as DatasetError {
        #expect(
          error.description
            == "cannot pair 'my-images' with 'my-labels': found 6 images but 4 labels, "
            + "expected the same count; check that the two files belong together")
      }
    }
  }
}

/// The bytes a read had reached when last told.
private final class ReadReach {
  var bytes = 0
}
