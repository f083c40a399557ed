/// The one way geo-ai writes a place's name in running text: with "the" where English puts one
/// ("the Russian Federation", "the District of Columbia", "the Netherlands"), as it is otherwise.
///
/// Economies, states and regions alike. Table cells, chart labels and lists of entries keep the
/// bare name; sentences and phrases ("leaving out the Russian Federation", "from 20.8 % in West
/// Virginia to 40.3 % in the District of Columbia") take this one. The rule reads the name, not
/// a list of codes, so it holds for the names a project's own reference table gives:
///
/// - A name that already begins with "The" keeps it (lower-cased mid-sentence).
/// - An inverted name with a comma ("Korea, Rep.", "Bahamas, The", "Shannon County, Missouri")
///   takes none: it is a catalogue form, not a phrase.
/// - Otherwise a name takes "the" when its head (the part before the first " and ", with any
///   parenthesised part dropped) has one of the words of a descriptive name (Republic,
///   Federation, Kingdom, States, Emirates, Union, District, Territory, Territories, Islands:
///   "the Cocos (Keeling) Islands", but "Heard Island and McDonald Islands" as written), or when
///   the name is one English uses with "the" by custom (the Bahamas, the Comoros, the Gambia, the
///   Maldives, the Netherlands, the Philippines, the Seychelles, the Holy See, the Turks and
///   Caicos Islands, the Gaza Strip, the West Bank, and the regions the Americas and the
///   Caribbean).
public enum PlaceName {
    /// `name` as it reads inside a sentence: "the Russian Federation", "Belarus".
    public static func inSentence(_ name: String) -> String {
        guard let rest = withoutArticle(name) else { return name }
        return "the " + rest
    }

    /// `name` as it reads at the start of a sentence: "The District of Columbia", "West Virginia".
    public static func startingSentence(_ name: String) -> String {
        guard let rest = withoutArticle(name) else { return name }
        return "The " + rest
    }

    /// The possessive of a phrase: "Asia's", "the Americas'", "the rest of the world's" (a
    /// plural in "s" takes the apostrophe alone). Give it the name as the sentence needs it
    /// (``inSentence(_:)`` or ``startingSentence(_:)``).
    public static func possessive(_ phrase: String) -> String {
        phrase.hasSuffix("s") ? phrase + "'" : phrase + "'s"
    }

    /// The words that make a name descriptive ("the United Kingdom", "the Solomon Islands").
    private static let descriptiveWords: [[UInt8]] = [
        "Republic", "Federation", "Kingdom", "States", "Emirates", "Union", "District", "Territory", "Territories",
        "Islands",
    ].map { Array($0.utf8) }

    /// Names that take "the" by custom rather than by a descriptive word.
    private static let customary: [[UInt8]] = [
        "Bahamas", "Comoros", "Gambia", "Maldives", "Netherlands", "Philippines", "Seychelles", "Holy See",
        "Turks and Caicos Islands", "Gaza Strip", "West Bank", "Americas", "Caribbean",
    ].map { Array($0.utf8) }

    /// The word that ends a name's head ("Heard Island and McDonald Islands").
    private static let conjunction = Array("and".utf8)

    /// The name without its leading article when it takes "the", else `nil`.
    private static func withoutArticle(_ name: String) -> Substring? {
        for article in ["The ", "the "] where name.hasPrefix(article) {
            return name.dropFirst(article.count)
        }
        return takesArticle(name) ? Substring(name) : nil
    }

    /// Whether a name without a leading article takes one. Read byte by byte (names of every
    /// economy go through here for every flag's evidence): the words outside parentheses, the
    /// head ending at the first "and".
    private static func takesArticle(_ name: String) -> Bool {
        var words: [[UInt8]] = [[]]
        var depth = 0
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: ","): return false
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"): depth = max(depth - 1, 0)
            case _ where depth > 0: continue
            case UInt8(ascii: " "): if !(words.last?.isEmpty ?? true) { words.append([]) }
            default: words[words.count - 1].append(byte)
            }
        }
        if words.last?.isEmpty == true { words.removeLast() }
        let plain = Array(words.joined(separator: [UInt8(ascii: " ")]))
        if customary.contains(plain) { return true }
        let head = words.prefix { $0 != conjunction }
        return head.contains { descriptiveWords.contains($0) }
    }
}
