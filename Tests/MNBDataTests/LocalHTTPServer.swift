import Foundation

/// A small HTTP server on 127.0.0.1, run as a Python child process, serving a temporary folder
/// and misbehaving on request, for download tests.
///
/// Every request's path is appended to a log, so tests can count what was fetched. `rules`
/// change how a path is answered: `["status": 403]`, `["html": "text/html"]` (a login page
/// with that Content-Type), `["truncate": 10]` (announce the whole file, send 10 bytes),
/// `["pause": 5]` (send a little, then wait 5 seconds before the rest).
final class LocalHTTPServer {
  let root: URL
  let port: Int
  private let process: Process
  private let logFile: URL

  /// Starts a server for `folder/files`, waiting up to 10 seconds for it to listen.
  init(folder: TemporaryFolder, rules: [String: [String: Any]] = [:]) throws {
    root = folder.url.appending(path: "files", directoryHint: .isDirectory)
    logFile = folder.url.appending(path: "requests.log")
    let portFile = folder.url.appending(path: "port")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    let rulesFile = folder.url.appending(path: "rules.json")
    try JSONSerialization.data(withJSONObject: rules).write(to: rulesFile)
    let script = folder.url.appending(path: "server.py")
    try Data(Self.script.utf8).write(to: script)

    process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", script.path, root.path, rulesFile.path, logFile.path, portFile.path,
    ]
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    port = try Self.waitForPort(in: portFile, process: process)
  }

  deinit { stop() }

  /// The base URL of folder `name` on this server, as a mirror.
  func mirror(_ name: String) -> String { "http://127.0.0.1:\(port)/\(name)/" }

  /// The paths requested so far, in order.
  var requests: [String] {
    let text = (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").map(String.init)
  }

  /// Ends the server process by its id and waits for it.
  func stop() {
    guard process.isRunning else { return }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
  }

  @discardableResult
  func put(_ bytes: [UInt8], at path: String) throws -> URL {
    let file = root.appending(path: path)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: file)
    return file
  }

  private static func waitForPort(in file: URL, process: Process) throws -> Int {
    let deadline = Date().addingTimeInterval(10)
    while Date() < deadline, process.isRunning {
      if let text = try? String(contentsOf: file, encoding: .utf8),
        let port = Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
      {
        return port
      }
      usleep(20_000)
    }
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    throw ServerDidNotStart()
  }

  struct ServerDidNotStart: Error {}

  private static let script = """
    import http.server, json, os, sys, time
    root, rules_path, log_path, port_path = sys.argv[1:5]
    rules = json.load(open(rules_path))
    page = b"<!DOCTYPE html>\\n<html><body>please sign in</body></html>\\n"

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"

        def log_message(self, *args):
            pass

        def do_GET(self):
            with open(log_path, "a") as log:
                log.write(self.path + "\\n")
            rule = rules.get(self.path, {})
            if "status" in rule:
                return self.answer(rule["status"], b"denied", "text/plain")
            if "html" in rule:
                return self.answer(200, page, rule["html"])
            path = os.path.join(root, self.path.lstrip("/"))
            if not os.path.isfile(path):
                return self.answer(404, b"not found", "text/plain")
            with open(path, "rb") as f:
                body = f.read()
            self.answer(200, body, "application/octet-stream", rule)

        def answer(self, status, body, kind, rule={}):
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if "truncate" in rule:
                body = body[:rule["truncate"]]
            if "pause" in rule:
                self.wfile.write(body[:16])
                self.wfile.flush()
                time.sleep(rule["pause"])
                body = body[16:]
            self.wfile.write(body)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    with open(port_path + ".tmp", "w") as f:
        f.write(str(server.server_address[1]))
    os.rename(port_path + ".tmp", port_path)
    server.serve_forever()
    """
}
