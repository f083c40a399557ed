import Foundation
import GeoCLI

exit(GeoAI.main(arguments: Array(CommandLine.arguments.dropFirst()), context: .standard))
