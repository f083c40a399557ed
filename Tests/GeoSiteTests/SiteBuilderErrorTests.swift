import GeoModel
import GeoSite
import Testing

@Suite struct SiteBuilderErrorTests {
    private func error(_ folders: [ReportFolder]) -> GeoError? {
        #expect(throws: GeoError.self) { try SiteBuilder.build(folders, siteTitle: "Site") }
    }

    @Test("rejects a README that is not UTF-8, naming the file and byte")
    func invalidUTF8() {
        let folder = ReportFolder(
            pipeline: "deepseek", files: ["README.md": Array("# T\u{00FC}rkiye ".utf8) + [0xFC, 0x0A]])
        let error = error([folder])
        #expect(error?.code == .dataError)
        #expect(error?.message == "Reports/deepseek/README.md is not valid UTF-8 (byte 12); cannot read the report")
        #expect(error?.hint == "Save the file as UTF-8, or run `geo-ai build` to regenerate Reports/.")
    }

    @Test("rejects a folder without README.md")
    func missingReadme() {
        let error = error([ReportFolder(pipeline: "deepseek", files: ["data/x.csv": Array("a\n".utf8)])])
        #expect(error?.code == .dataError)
        #expect(error?.message == "Reports/deepseek/ has no README.md; cannot publish it")
    }

    @Test("rejects a map that is not an SVG document")
    func notSVG() {
        let files = ["README.md": Array("# T\n".utf8), "maps/x.svg": Array("<html><body>x</body></html>".utf8)]
        let error = error([ReportFolder(pipeline: "deepseek", files: files)])
        #expect(error?.code == .dataError)
        #expect(error?.message == "Reports/deepseek/maps/x.svg is not an SVG image: its root element is <html>")
    }

    @Test(
        "rejects folder names that cannot be web folders, or that differ only in case",
        arguments: [
            ["../etc"], ["with space"], [".hidden"], ["index.html"], ["Deepseek", "deepseek"],
        ])
    func badNames(_ names: [String]) {
        let folders = names.map { ReportFolder(pipeline: $0, files: ["README.md": Array("# T\n".utf8)]) }
        #expect(error(folders)?.code == .dataError)
    }

    @Test("ignores files that are not the README, maps/*.svg or data/*.csv")
    func ignoresOtherFiles() throws {
        let files: [String: [UInt8]] = [
            "README.md": Array("# T\n".utf8), "notes.txt": [0x41], "maps/.hidden.svg": [0x41], "data/x.json": [0x41],
            "maps/sub/x.svg": [0x41], "data/ok.csv": Array("a\n".utf8),
        ]
        let site = try SiteBuilder.build([ReportFolder(pipeline: "p", files: files)], siteTitle: "Site")
        #expect(site.keys.sorted() == ["index.html", "p/data/ok.csv", "p/index.html"])
    }
}
