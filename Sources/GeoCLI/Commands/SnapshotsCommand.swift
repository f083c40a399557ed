import ArgumentParser
import GeoModel
import GeoPipeline

/// `geo-ai snapshots`: list stored periods and their revisions.
struct SnapshotsCommand: GeoCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshots",
        abstract: "List the stored snapshots: pipeline, period, revision, observations.",
        discussion: """
            Example:
              geo-ai snapshots --db .geo-ai/store.sqlite
            """)

    @OptionGroup var project: ProjectOptions

    func execute(in context: CLIContext) throws(GeoError) {
        let files = try context.project(root: project.root)
        let store = try BuildRunner(files: files).openStore(project.db.map { context.url($0).path })
        let snapshots = try store.snapshots()
        guard !snapshots.isEmpty else {
            context.out("no snapshots yet; run geo-ai build or geo-ai ingest FILE\n")
            return
        }
        let rows =
            [["PIPELINE", "PERIOD", "REVISION", "OBSERVATIONS", "METRICS", "SOURCES"]]
            + snapshots.map {
                [
                    $0.pipeline, $0.period.description, String($0.revision), String($0.observationCount),
                    $0.metrics.joined(separator: ","), String($0.sourceSetHash.prefix(12)),
                ]
            }
        let widths = (0..<rows[0].count).map { column in rows.map { $0[column].count }.max() ?? 0 }
        for row in rows {
            let cells = row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
            }
            context.out(cells.joined(separator: "  ") + "\n")
        }
    }
}
