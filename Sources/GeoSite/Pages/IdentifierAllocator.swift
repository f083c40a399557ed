/// Hands out the `id` attributes of one page, each unique, derived from readable text.
///
/// ```swift
/// var ids = IdentifierAllocator()
/// ids.unique("Data coverage")   // "data-coverage"  (as GitHub anchors it)
/// ids.unique("Data coverage")   // "data-coverage-2"
/// ```
struct IdentifierAllocator {
    private var used: Set<String>

    /// Creates an allocator; `reserved` ids are never handed out.
    init(reserved: Set<String> = []) {
        used = reserved
    }

    /// A new id from `text`, with `-2`, `-3`, … appended when it is taken.
    mutating func unique(_ text: String, fallback: String = "section") -> String {
        var base = Self.slug(text)
        if base.isEmpty { base = fallback }
        var candidate = base
        var counter = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }

    /// GitHub's heading anchor: lowercase letters and digits kept, spaces and hyphens become
    /// hyphens, everything else dropped — so ids match the links people already write to
    /// README headings (`#data-coverage`).
    static func slug(_ text: String) -> String {
        var slug = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "_" {
                slug.append(character)
            } else if character == " " || character == "-" {
                slug.append("-")
            }
        }
        return slug
    }
}
