import GeoMaps
import GeoModel
import Testing

@Suite("Classification specifications")
struct ClassificationSpecTests {
    @Test(
        "reads the --classes forms",
        arguments: [
            ("quantiles:5", Classification.quantiles(5)), ("equal:4", .equalIntervals(4)), ("jenks:5", .fisherJenks(5)),
            ("fisher-jenks:3", .fisherJenks(3)), ("manual:5,10,15", .manual([5, 10, 15])),
            ("diverging:3", .diverging(pivot: 0, classesEachSide: 3)),
            ("diverging:-1.5:2", .diverging(pivot: -1.5, classesEachSide: 2)),
        ])
    func reads(_ spec: String, _ expected: Classification) throws {
        #expect(try Classification(spec: spec) == expected)
        #expect(try Classification(spec: expected.description) == expected)
    }

    @Test(
        "rejects malformed specifications with a usage error",
        arguments: ["jenks", "jenks:0", "jenks:10", "k-means:5", "manual:10,5", "manual:a", "diverging:x:3", ""])
    func rejects(_ spec: String) {
        let error = #expect(throws: GeoError.self) { try Classification(spec: spec) }
        #expect(error?.code == .usage)
        #expect(error?.hint?.hasPrefix("Write quantiles:N") == true)
    }
}
