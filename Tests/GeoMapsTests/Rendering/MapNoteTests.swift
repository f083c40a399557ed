import GeoMaps
import Testing

@Suite("Map notes")
struct MapNoteTests {
    @Test("each line of a note starts a line of its own above the source line")
    func noteLines() throws {
        var request = TinyMap.request()
        request.note = "First remark.\nSecond remark."
        let svg = ChoroplethRenderer.render(request, geometry: try TinyMap.geometry()).svg
        let lines = svg.split(separator: "\n").filter {
            $0.hasPrefix("<text") && $0.contains("remark.") || $0.contains(">Source:")
        }
        #expect(lines.count == 3)
        #expect(lines.first?.hasSuffix(">First remark.</text>") == true)
        #expect(lines.dropFirst().first?.hasSuffix(">Second remark.</text>") == true)
        #expect(lines.last?.contains(">Source: test fixtures") == true)
    }
}
