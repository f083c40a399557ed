import FuzzSupport
import GeoModel
import GeoSite

/// libFuzzer entry point for the site's sanitisers. The first byte picks one: even → the map
/// SVG sanitiser (`SiteMarkup.sanitizedMap`), odd → the report Markdown to HTML
/// (`SiteMarkup.reportHTML`); the rest is the file.
///
/// Beyond "no crash": the sanitised map is a fixed point (sanitising it again removes nothing
/// and changes nothing), and neither output holds a script element or an event-handler
/// attribute. A violation traps, so libFuzzer saves and minimises the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkup(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    guard let selector = bytes.first else { return 0 }
    let file = Array(bytes.dropFirst())
    if selector % 2 == 0 {
        FuzzInput.expectGeoError {
            let once = try SiteMarkup.sanitizedMap(file, path: "Reports/fuzz/maps/map.svg")
            let twice = try SiteMarkup.sanitizedMap(Array(once.svg.utf8), path: "Reports/fuzz/maps/map.svg")
            precondition(twice.svg == once.svg, "sanitising a sanitised map changed it")
            precondition(!twice.removedUnsafeContent, "a sanitised map still held unsafe content")
            precondition(!MarkupCheck.hasActiveContent(once.svg), "active content survived in a map")
        }
    } else {
        let html = SiteMarkup.reportHTML(String(decoding: file, as: UTF8.self))
        precondition(!MarkupCheck.hasActiveContent(html), "active content survived in a report")
    }
    return 0
}

/// A coarse, independent look at serialised markup: a script element or an `on…=` attribute.
enum MarkupCheck {
    ///
    /// It reads Unicode scalars, as a browser's tokenizer reads code points: as `Character`s, a
    /// `>` followed by a combining mark would not close its tag.
    static func hasActiveContent(_ markup: String) -> Bool {
        let lower = markup.lowercased()
        if lower.contains("<script") { return true }
        // An attribute name starting with "on" right after a space inside a tag.
        var inTag = false
        var inQuote: Unicode.Scalar? = nil
        var previous: Unicode.Scalar = " "
        var characters = lower.unicodeScalars.makeIterator()
        while let character = characters.next() {
            if let quote = inQuote {
                if character == quote { inQuote = nil }
            } else if inTag {
                if character == "\"" || character == "'" {
                    inQuote = character
                } else if character == ">" {
                    inTag = false
                } else if previous == " " && character == "o" {
                    if characters.next() == "n" { return true }
                }
            } else if character == "<" {
                inTag = true
            }
            previous = character
        }
        return false
    }
}
