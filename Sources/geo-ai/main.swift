import Foundation
import GeoCLI

GeoAI.exitOnOutOfMemory()
exit(GeoAI.main(arguments: Array(CommandLine.arguments.dropFirst()), context: .standard))
