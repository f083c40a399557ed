public import GeoModel

/// Where a file being read for ``Store/record(pipeline:path:reading:)`` sends what it has so far.
///
/// Both may be called from any thread, in any order between the two; parts in file order.
public struct ReadingReceiver: Sendable {
    /// Takes the next part of the file's observations, in file order.
    public let deliver: @Sendable (ObservationList) -> Void
    /// Takes the SHA-256 of the file's bytes (``SourceFile/sha256``) once it is worked out. When
    /// the store already holds these bytes under this path, the parts that come after it are not
    /// stored: the file is recorded the usual way once it is read (a re-ingest of an unchanged
    /// file, which stored every row and rolled them back before).
    public let announceSHA256: @Sendable (String) -> Void

    /// A receiver; the store makes one for each streamed record.
    init(deliver: @escaping @Sendable (ObservationList) -> Void, announceSHA256: @escaping @Sendable (String) -> Void) {
        self.deliver = deliver
        self.announceSHA256 = announceSHA256
    }
}
