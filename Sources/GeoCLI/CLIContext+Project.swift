import Foundation
import GeoModel
import GeoPipeline

extension CLIContext {
    /// The project a command works on: `--root DIR` (resolved against the working directory) when
    /// given, else the nearest folder from the working directory upwards that holds `Pipelines/`.
    ///
    /// - Throws: ``GeoError`` `.usage` (exit 64) outside any project; nothing is created.
    func project(root: String?) throws(GeoError) -> ProjectFiles {
        try ProjectLocator.locate(root: root.map { url($0) }, from: workingDirectory)
    }
}
