import Foundation

@testable import MNBData

/// A small data set named 'tiny', its gzipped files served by a local server, a registry entry
/// describing it and an empty cache folder.
struct DownloadFixture {
  /// Which SHA-256 sums the registry entry gives for each file.
  enum Sums {
    /// Those of the content after decompression, as for MNIST.
    case content
    /// Only those of the gzipped files as served, as for Kuzushiji-MNIST.
    case compressed
  }

  static let names = [
    "train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
    "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz",
  ]

  let folder: TemporaryFolder
  let server: LocalHTTPServer
  /// The gzipped bytes of each file, by name.
  let gzipped: [String: [UInt8]]
  let entry: KnownDataset
  let cache: URL

  /// Starts a server with `rules` (see `LocalHTTPServer`) and places the files under each of
  /// `mirrors`, its folder names.
  init(
    folder: TemporaryFolder, mirrors: [String] = ["a"], rules: [String: [String: Any]] = [:],
    sums: Sums = .content
  ) throws {
    self.folder = folder
    server = try LocalHTTPServer(folder: folder, rules: rules)
    cache = folder.url.appending(path: "cache", directoryHint: .isDirectory)

    let plain = [
      IDXBytes.images(count: 6), IDXBytes.labels(count: 6, classCount: 3),
      IDXBytes.images(count: 4, seed: 7), IDXBytes.labels(count: 4, classCount: 3),
    ]
    var gzipped: [String: [UInt8]] = [:]
    var files: [DownloadFile] = []
    for (name, bytes) in zip(Self.names, plain) {
      let compressed = try folder.gzip(bytes)
      gzipped[name] = compressed
      files.append(
        sums == .content
          ? DownloadFile(name: name, sha256: Self.sha256(bytes), size: bytes.count)
          : DownloadFile(
            name: name, sha256: nil, compressedSHA256: Self.sha256(compressed),
            size: bytes.count))
    }
    self.gzipped = gzipped
    entry = KnownDataset(
      name: "tiny", classNames: ["a", "b", "c"],
      download: DatasetDownload(mirrors: mirrors.map(server.mirror), files: files))

    for mirror in mirrors {
      for (name, bytes) in gzipped { try server.put(bytes, at: "\(mirror)/\(name)") }
    }
  }

  /// The environment of a user whose cache is the fixture's, with `extra` settings.
  func environment(_ extra: [String: String] = [:]) -> [String: String] {
    ["XDG_CACHE_HOME": cache.path].merging(extra) { $1 }
  }

  /// A catalog as `load` builds it, knowing only 'tiny' and using the mirrors in `MNB_MIRROR`
  /// given by their folder names.
  func catalog(mirrors: [String], extra: [String: String] = [:]) -> DatasetCatalog {
    let list = mirrors.map(server.mirror).joined(separator: ",")
    return DatasetCatalog(
      environment: environment(["MNB_MIRROR": list].merging(extra) { $1 }),
      homeDirectory: "/nonexistent", registry: [entry])
  }

  /// The folder the files are downloaded into.
  var datasetFolder: URL { cache.appending(path: "mnb/tiny", directoryHint: .isDirectory) }

  /// The names in the data set's cache folder, hidden ones included, sorted.
  var cachedNames: [String] {
    let names = try? FileManager.default.contentsOfDirectory(atPath: datasetFolder.path)
    return (names ?? []).sorted()
  }

  static func sha256(_ bytes: [UInt8]) -> String {
    var digest = SHA256()
    digest.update(bytes)
    return digest.hexDigest()
  }

  /// A port on 127.0.0.1 where nothing listens: bound once by the system, then closed.
  static func closedPort() -> Int {
    let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(socket) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
        bind(socket, generic, length)
        return getsockname(socket, generic, &length)
      }
    }
    return Int(UInt16(bigEndian: address.sin_port))
  }
}
