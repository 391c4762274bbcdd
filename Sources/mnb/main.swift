import Foundation
import MNBLanguage

signal(SIGPIPE, SIG_IGN)
Interrupt.install()
var status = Program(arguments: Array(CommandLine.arguments.dropFirst())).run()
if let problem = StandardStream.outputProblem {
  StandardStream.error.write("mnb: error: cannot write to standard output: \(problem)\n")
  status = .failure
}
exit(status.rawValue)
