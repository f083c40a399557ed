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
            replaced as a whole, so it must be new, empty or made by an earlier geo-ai publish
            (never the project, a folder above it, or Data/, Pipelines/, Reports/, .geo-ai/);
            run geo-ai build first so Reports/ is current.
            """)

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "The site folder (default: _site in the project root; relative to --root when given).", valueName: "DIR"))
    var out: String?

    @Option(help: ArgumentHelp("The site's title.", valueName: "TEXT"))
    var title: String = SiteBuilder.defaultSiteTitle

    @OptionGroup var reporting: QuietOption

    @OptionGroup var location: RootOption

    func execute(in context: CLIContext) throws(GeoError) {
        let files = try context.project(root: location.root)
        let shownAs = out ?? "_site"
        let folder: URL
        if let out, out.hasPrefix("/") || location.root == nil {
            folder = context.url(out)
        } else {
            folder = files.url(shownAs)
        }
        let waiting = { context.err("waiting for another geo-ai process in this project to finish…\n") }
        try ProjectLock.holding(files, waiting: waiting) { () throws(GeoError) in
            let target = try PublishTarget(folder, shownAs: shownAs, project: files)
            let reports = try files.readReports()
            guard !reports.isEmpty else {
                throw GeoError(
                    .noInput, "no reports in '\(files.url("Reports").path)'", hint: "Run geo-ai build first.")
            }
            let folders = reports.map { ReportFolder(pipeline: $0.pipeline, files: $0.files) }
            let site = try SiteBuilder.build(folders, siteTitle: title)
            for warning in try target.replace(with: site) { context.err(warning.description + "\n") }
            let summary = "published \(reports.count) report(s) to \(shownAs)/ (\(site.count) files)"
            reporting.say("\(summary); open \(shownAs)/index.html\n", with: context.out)
        }
    }
}
