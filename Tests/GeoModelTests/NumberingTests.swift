import GeoModel
import Testing

struct NumberingTests {
    @Test(
        "values are numbered from 0 in order of first appearance, repeats keep their number",
        arguments: [
            (["a", "b", "a", "a", "c", "b"], [0, 1, 0, 0, 2, 1] as [UInt32], ["a", "b", "c"]),
            ([], [], []),
            (["x", "x", "x"], [0, 0, 0], ["x"]),
            (["b", "a", "b", "c", "a"], [0, 1, 0, 2, 1], ["b", "a", "c"]),
        ])
    func numbers(input: [String], expected: [UInt32], values: [String]) {
        var numbering = Numbering<String>()
        #expect(input.map { numbering.number(of: $0) } == expected)
        #expect(numbering.values == values)
    }
}
