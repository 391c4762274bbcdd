extension DatasetDownload {
  /// MNIST from two well-known copies, then Yann LeCun's site, which often refuses downloads.
  /// The sums are those of the decompressed files distributed since 1998.
  static let mnist = mnistShaped(
    mirrors: [
      "https://ossci-datasets.s3.amazonaws.com/mnist/",
      "https://storage.googleapis.com/cvdf-datasets/mnist/",
      "https://yann.lecun.com/exdb/mnist/",
    ],
    sums: [
      "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
      "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5",
      "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
      "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2",
    ])

  /// Fashion-MNIST from the copy Keras downloads, then Zalando Research's own repository. The
  /// sums were computed from Debian's `dataset-fashion-mnist` package, whose files match its
  /// recorded MD5 sums.
  static let fashionMNIST = mnistShaped(
    mirrors: [
      "https://storage.googleapis.com/tensorflow/tf-keras-datasets/",
      "https://raw.githubusercontent.com/zalandoresearch/fashion-mnist/master/data/fashion/",
    ],
    sums: [
      "c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888",
      "bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9",
      "5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b",
      "0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34",
    ])

  /// Kuzushiji-MNIST from its original site. Only the sums of the gzip-compressed files are
  /// published (torchvision lists them for the files served there), so a copy is checked in
  /// that form.
  static let kmnist = mnistShaped(
    mirrors: ["https://codh.rois.ac.jp/kmnist/dataset/kmnist/"], sums: nil,
    compressedSums: [
      "51467d22d8cc72929e2a028a0428f2086b092bb31cfb79c69cc0a90ce135fde4",
      "e38f9ebcd0f3ebcdec7fc8eabdcdaef93bb0df8ea12bee65224341c8183d8e17",
      "edd7a857845ad6bb1d0ba43fe7e794d164fe2dce499a1694695a792adfac43c5",
      "20bb9a0ef54c7db3efc55a92eef5582c109615df22683c380526788f98e42a1c",
    ])
}
