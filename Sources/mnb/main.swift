import Foundation
import MNBLanguage

signal(SIGPIPE, SIG_IGN)
Interrupt.install()
exit(Program(arguments: Array(CommandLine.arguments.dropFirst())).run().rawValue)
