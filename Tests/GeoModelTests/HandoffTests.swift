import GeoModel
import Testing

@Suite("Handoff")
struct HandoffTests {
    @Test("values put on another thread are taken in order, then nil once closed", arguments: [0, 1, 5, 2_000])
    func order(count: Int) {
        let handoff = Handoff<Int>()
        let producing = Parallel.start {
            for value in 0..<count { handoff.put(value) }
            handoff.close()
        }
        var taken: [Int] = []
        while let value = handoff.take() { taken.append(value) }
        producing.wait()
        #expect(taken == Array(0..<count))
        // The end stays the end.
        #expect(handoff.take() == nil)
        #expect(handoff.take() == nil)
    }

    @Test("values put before the consumer starts are all there; a value put after closing is dropped")
    func putBeforeTaking() {
        let handoff = Handoff<String>()
        handoff.put("a")
        handoff.put("b")
        handoff.close()
        handoff.put("late")
        handoff.close()
        #expect(handoff.take() == "a")
        #expect(handoff.take() == "b")
        #expect(handoff.take() == nil)
    }

    @Test("a consumer that stops taking holds the producer up nowhere")
    func abandoned() {
        let handoff = Handoff<[Int]>()
        let producing = Parallel.start {
            for value in 0..<1_000 { handoff.put([value]) }
            handoff.close()
            return true
        }
        #expect(handoff.take() == [0])
        #expect(producing.wait())
    }
}
