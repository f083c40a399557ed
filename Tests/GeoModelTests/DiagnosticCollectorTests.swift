import GeoModel
import Testing

@Suite("Diagnostic collector")
struct DiagnosticCollectorTests {
    static func located(_ line: Int) -> GeoModel.SourceLocation {
        GeoModel.SourceLocation(path: "a.csv", line: line, column: 1)
    }

    @Test("gathers every input's data errors, then fails once with all of them sorted")
    func gathers() throws {
        var collector = DiagnosticCollector()
        let first = try collector.collecting { () throws(GeoError) -> Int in
            throw GeoError.invalidInput([Diagnostic(.error, "bad value", at: Self.located(9))])
        }
        let second = try collector.collecting { () throws(GeoError) -> Int in
            throw GeoError(.dataError, "no header", at: Self.located(1), hint: "Add one.")
        }
        let third = try collector.collecting { () throws(GeoError) -> Int in 3 }
        #expect(first == nil && second == nil && third == 3)
        #expect(collector.diagnostics.map(\.message) == ["bad value", "no header"])
        let error = #expect(throws: GeoError.self) { try collector.throwIfErrors() }
        #expect(error?.code == .dataError)
        #expect(error?.diagnostics.map(\.message) == ["no header", "bad value"])
        #expect(error?.diagnostics.last?.hint == nil && error?.diagnostics.first?.hint == "Add one.")
    }

    @Test("an error that is not about the data stops at once")
    func otherErrorsStop() {
        var collector = DiagnosticCollector()
        let error = #expect(throws: GeoError.self) {
            _ = try collector.collecting { () throws(GeoError) -> Int in
                throw GeoError(.noInput, "missing.csv does not exist")
            }
        }
        #expect(error?.code == .noInput)
        #expect(collector.diagnostics.isEmpty)
    }

    @Test("warnings alone do not fail")
    func warningsPass() throws {
        var collector = DiagnosticCollector()
        collector.add(Diagnostic(.warning, "odd but fine", at: Self.located(2)))
        #expect(!collector.hasErrors)
        try collector.throwIfErrors()
    }
}
