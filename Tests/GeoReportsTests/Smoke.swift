import Testing

@Test("the suite builds") func suiteBuilds() { #expect(Bool(true)) }
