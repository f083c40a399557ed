import GeoPipeline

extension GeoAI {
    /// Makes running out of memory exit 74 with a message instead of crashing; for the executable's `main`.
    public static func exitOnOutOfMemory() { MemoryExhaustion.exitOnAbort() }
}
