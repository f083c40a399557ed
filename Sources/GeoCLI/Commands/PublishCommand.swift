import ArgumentParser
import Foundation
import GeoModel
import GeoPipeline
import GeoSite

/// `geo-ai publish`: turn Reports/ into a self-contained static site.
struct PublishCommand: GeoCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Turn Reports/ into a self-contained static site (default _site/).",
        discussion: """
            Examples:
              geo-ai publish                      write _site/ (index.html, one page per report)
              geo-ai publish --out public/        choose the folder

            The site loads nothing from outside itself and needs no JavaScript: open
            _site/index.html from disk, or copy the folder to any web server. The folder is
            replaced as a whole; run geo-ai build first so Reports/ is current.
            """)

    @Option(name: .shortAndLong, help: ArgumentHelp("The site folder.", valueName: "DIR"))
    var out: String = "_site"

    @Option(help: ArgumentHelp("The site's title.", valueName: "TEXT"))
    var title: String = SiteBuilder.defaultSiteTitle

    @OptionGroup var reporting: QuietOption

    @Option(name: .long, help: ArgumentHelp("The project root (default: the current directory).", valueName: "DIR"))
    var root: String?

    func execute(in context: CLIContext) throws(GeoError) {
        let files = ProjectFiles(root: context.url(root ?? "."))
        let reports = files.url("Reports")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: reports.path)) ?? [])
            .filter { !$0.hasPrefix(".") && files.exists("Reports/\($0)/README.md") }.sorted()
        guard !names.isEmpty else {
            throw GeoError(.noInput, "no reports in '\(reports.path)'", hint: "Run geo-ai build first.")
        }
        var folders: [ReportFolder] = []
        for name in names {
            var contents: [String: [UInt8]] = [:]
            for path in OutputWriter.listFiles(under: reports.appendingPathComponent(name)) {
                contents[path] = try files.read("Reports/\(name)/\(path)")
            }
            folders.append(ReportFolder(pipeline: name, files: contents))
        }
        var tree = OutputTree()
        for (path, bytes) in try SiteBuilder.build(folders, siteTitle: title) { tree.add(path, bytes: bytes) }
        try OutputWriter.replace(folder: context.url(out), shownAs: out, with: tree)
        reporting.say(
            "published \(names.count) report(s) to \(out)/ (\(tree.paths.count) files); open \(out)/index.html\n",
            with: context.out)
    }
}
