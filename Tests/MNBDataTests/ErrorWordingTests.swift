import Foundation
import Testing

@testable import MNBData

private let images = URL(fileURLWithPath: "/data/mnist/train-images-idx3-ubyte.gz")
private let labels = URL(fileURLWithPath: "/data/mnist/train-labels-idx1-ubyte.gz")

private let idxWordings: [(IDXError, String)] = [
  (
    .cannotOpen(images, reason: "permission denied"),
    "cannot open '/data/mnist/train-images-idx3-ubyte.gz': permission denied"
  ),
  (
    .notAFile(URL(fileURLWithPath: "/data/mnist/pipe"), .namedPipe),
    "cannot open '/data/mnist/pipe': it is a named pipe, not a file; give the path of an IDX "
      + "file"
  ),
  (
    .readFailed(images, reason: "input/output error"),
    "cannot read 'train-images-idx3-ubyte.gz': input/output error"
  ),
  (
    .emptyFile(images),
    "cannot read 'train-images-idx3-ubyte.gz': the file is empty; delete it and load again"
  ),
  (
    .headerCutShort(images, expected: 16, found: 9),
    "cannot read 'train-images-idx3-ubyte.gz': expected a header of 16 bytes, found 9; "
      + "the file looks cut short or damaged; replace it with a complete copy, or delete a "
      + "downloaded one and load again"
  ),
  (
    .badMagic(images, found: [0x50, 0x4B, 0x03, 0x04]),
    "cannot read 'train-images-idx3-ubyte.gz': expected an IDX header starting with two zero "
      + "bytes, found '50 4B 03 04'; the file is not in IDX format"
  ),
  (
    .byteSwappedHeader(images),
    "cannot read 'train-images-idx3-ubyte.gz': the header is byte-swapped (little-endian); "
      + "IDX numbers are big-endian, write the file again in that order"
  ),
  (
    .unknownType(images, code: 0x07),
    "cannot read 'train-images-idx3-ubyte.gz': unknown IDX type code '0x07', expected 0x08 "
      + "for unsigned bytes; the file is damaged or not an IDX file"
  ),
  (
    .unsupportedType(images, .float32),
    "cannot read 'train-images-idx3-ubyte.gz': the elements are 32-bit floats (type code "
      + "0x0D), expected unsigned bytes (0x08); convert the file to unsigned bytes"
  ),
  (
    .wrongDimensionCount(labels, expected: .labels, found: 3),
    "cannot read 'train-labels-idx1-ubyte.gz': expected a label file with 1 dimension, found "
      + "3 dimensions; it looks like an image file, check that images and labels are not "
      + "swapped"
  ),
  (
    .wrongDimensionCount(images, expected: .images, found: 2),
    "cannot read 'train-images-idx3-ubyte.gz': expected an image file with 3 dimensions, "
      + "found 2 dimensions"
  ),
  (
    .wrongDimensionCount(images, expected: nil, found: 0),
    "cannot read 'train-images-idx3-ubyte.gz': expected at least 1 dimension, found 0 "
      + "dimensions"
  ),
  (
    .zeroDimension(images, dimensions: [0, 28, 28]),
    "cannot read 'train-images-idx3-ubyte.gz': the header claims dimensions '0 x 28 x 28', "
      + "expected every size above zero"
  ),
  (
    .sizeOverflow(images, dimensions: [4_294_967_295, 4_294_967_295, 2]),
    "cannot read 'train-images-idx3-ubyte.gz': the header claims dimensions "
      + "'4294967295 x 4294967295 x 2', too large to hold; the file is damaged or not an IDX "
      + "file"
  ),
  (
    .overBudget(
      images, dimensions: [60000, 28, 28], bytes: 47_040_000, maximumBytes: 32 << 20),
    "train-images-idx3-ubyte.gz: the header claims 60000 images of 28x28 (44.9 MiB), "
      + "more than the memory limit of 32.0 MiB (MNB_MEMORY_LIMIT)"
  ),
  (
    .cutShort(images, expected: 47_040_016, found: 1_000_016, isCompressed: true),
    "cannot read 'train-images-idx3-ubyte.gz': expected 47040016 bytes after decompression, "
      + "found 1000016; "
      + "the file looks cut short or damaged; replace it with a complete copy, or delete a "
      + "downloaded one and load again"
  ),
  (
    .cutShort(images, expected: 34, found: 19, isCompressed: false),
    "cannot read 'train-images-idx3-ubyte.gz': expected 34 bytes, found 19; "
      + "the file looks cut short or damaged; replace it with a complete copy, or delete a "
      + "downloaded one and load again"
  ),
  (
    .trailingData(images, expected: 34, isCompressed: false),
    "cannot read 'train-images-idx3-ubyte.gz': expected 34 bytes, found more; the file holds "
      + "data past what its header claims, delete it and load again"
  ),
  (
    .gzipCutShort(images, decompressedBytes: 47_040_016),
    "cannot read 'train-images-idx3-ubyte.gz': the gzip stream ends early, after 47040016 "
      + "bytes; "
      + "the file looks cut short or damaged; replace it with a complete copy, or delete a "
      + "downloaded one and load again"
  ),
  (
    .corruptGzip(images, reason: "incorrect data check"),
    "cannot read 'train-images-idx3-ubyte.gz': the gzip data are corrupt (incorrect data "
      + "check); delete it and load again"
  ),
]

private let datasetWordings: [(DatasetError, String)] = [
  (
    .unreadable(.emptyFile(images)),
    "cannot read 'train-images-idx3-ubyte.gz': the file is empty; delete it and load again"
  ),
  (
    .countMismatch(images: images, labels: labels, imageCount: 60000, labelCount: 59999),
    "cannot pair 'train-images-idx3-ubyte.gz' with 'train-labels-idx1-ubyte.gz': found 60000 "
      + "images but 59999 labels, expected the same count; check that the two files belong "
      + "together"
  ),
  (
    .labelOutOfRange(labels, index: 345, label: 12, classCount: 10),
    "cannot load 'train-labels-idx1-ubyte.gz': label 12 at index 345 is out of range, "
      + "expected a class from 0 to 9 (10 classes); the file is damaged or belongs to another "
      + "data set"
  ),
  (
    .classesWithoutImages(labels, index: 345, label: 255, emptyClasses: 10...254),
    "cannot load 'train-labels-idx1-ubyte.gz': label 255 at index 345 lies above classes 10 to "
      + "254, which have no training images; the file looks corrupt, or its classes are not "
      + "numbered from 0 without gaps"
  ),
  (
    .classesWithoutImages(labels, index: 4, label: 9, emptyClasses: 4...4),
    "cannot load 'train-labels-idx1-ubyte.gz': label 9 at index 4 lies above class 4, which has "
      + "no training images; the file looks corrupt, or its classes are not numbered from 0 "
      + "without gaps"
  ),
  (
    .shapeMismatch(train: images, test: images, trainShape: [28, 28], testShape: [32, 32]),
    "cannot pair 'train-images-idx3-ubyte.gz' with 'train-images-idx3-ubyte.gz': train "
      + "images are 28 x 28 but test images are 32 x 32, expected the same size; check that "
      + "the files belong together"
  ),
  (
    .invalidName("a/b"),
    "cannot load data set 'a/b': expected a plain name such as 'mnist'; to load from a "
      + "folder, write from \"DIR\""
  ),
  (
    .notFound(name: "mnist", searched: ["/data/mnist", "/usr/share/datasets/mnist"]),
    "cannot find data set 'mnist': looked in '/data/mnist', '/usr/share/datasets/mnist'; put "
      + "the four files in a folder 'mnist/' under MNB_DATA, or write from \"DIR\" to give "
      + "the folder"
  ),
  (
    .notFound(name: "fashion-mnist", searched: ["/usr/share/datasets/fashion-mnist"]),
    "cannot find data set 'fashion-mnist': looked in '/usr/share/datasets/fashion-mnist'; "
      + "put the four files in a folder 'fashion-mnist/' under MNB_DATA, or write from "
      + "\"DIR\" to give the folder, or install the Debian package 'dataset-fashion-mnist'"
  ),
  (
    .notFound(name: "mnst", searched: ["/data/mnst"], suggestion: "mnist"),
    "cannot find data set 'mnst': looked in '/data/mnst'; put the four files in a folder "
      + "'mnst/' under MNB_DATA, or write from \"DIR\" to give the folder; did you mean 'mnist'?"
  ),
  (
    .unusableFile(
      name: "mnist", file: URL(fileURLWithPath: "/data/mnist/train-images.idx3-ubyte"),
      kind: .namedPipe),
    "cannot load data set 'mnist' from '/data/mnist': 'train-images.idx3-ubyte' is a named "
      + "pipe, not a file; put the IDX file there, or a symbolic link to it"
  ),
  (
    .unusableFile(
      name: "mnist", file: URL(fileURLWithPath: "/data/mnist/train-images.idx3-ubyte"),
      kind: .directory),
    "cannot load data set 'mnist' from '/data/mnist': 'train-images.idx3-ubyte' is a "
      + "directory, not a file; put the IDX file there, or a symbolic link to it"
  ),
  (
    .unusableFile(
      name: "mnist", file: URL(fileURLWithPath: "/data/mnist/train-images.idx3-ubyte"),
      kind: .danglingLink),
    "cannot load data set 'mnist' from '/data/mnist': 'train-images.idx3-ubyte' is a symbolic "
      + "link that leads nowhere; put the IDX file there, or a symbolic link to it"
  ),
  (
    .unusableFile(
      name: "mnist", file: URL(fileURLWithPath: "/data/mnist/train-images.idx3-ubyte"),
      kind: .linkLoop),
    "cannot load data set 'mnist' from '/data/mnist': 'train-images.idx3-ubyte' is a symbolic "
      + "link that cannot be followed (too many levels of symbolic links); put the IDX file "
      + "there, or a symbolic link to it"
  ),
  (
    .unusableFolder(
      name: "mnist", directory: URL(fileURLWithPath: "/data/mnist"),
      kind: .inaccessible(reason: "permission denied")),
    "cannot search '/data/mnist' for data set 'mnist': permission denied; check that you may "
      + "read and enter the folder"
  ),
  (
    .unusableFolder(
      name: "mnist", directory: URL(fileURLWithPath: "/data/mnist"), kind: .regularFile),
    "cannot search '/data/mnist' for data set 'mnist': it is a file, not a folder; expected a "
      + "folder holding the four files, or a link to one"
  ),
  (
    .incomplete(
      name: "mnist", directory: URL(fileURLWithPath: "/data/mnist"),
      missing: ["train-labels", "t10k-labels"]),
    "cannot load data set 'mnist' from '/data/mnist': missing 'train-labels', 't10k-labels'; "
      + "expected files named like 'train-images-idx3-ubyte.gz' or 'train-images.idx3-ubyte'"
  ),
  (
    .notInFolder(
      name: "mnist", folder: URL(fileURLWithPath: "/tmp/empty"),
      inner: URL(fileURLWithPath: "/tmp/empty/mnist"),
      missing: ["train-images", "train-labels", "t10k-images", "t10k-labels"]),
    "cannot load data set 'mnist' from '/tmp/empty': missing 'train-images', 'train-labels', "
      + "'t10k-images', 't10k-labels' there and in '/tmp/empty/mnist'; expected files named "
      + "like 'train-images-idx3-ubyte.gz' or 'train-images.idx3-ubyte' in one of them"
  ),
]

@Suite struct ErrorWordingTests {
  @Test(arguments: idxWordings)
  func wordsIDXErrors(error: IDXError, expected: String) {
    #expect(error.description == expected)
  }

  @Test(arguments: datasetWordings)
  func wordsDatasetErrors(error: DatasetError, expected: String) {
    #expect(error.description == expected)
  }
}
