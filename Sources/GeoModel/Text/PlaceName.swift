/// The one way geo-ai writes a place's name in running text: with "the" where English puts one
/// ("the Russian Federation", "the District of Columbia", "the Netherlands"), as it is otherwise.
///
/// Economies, states and regions alike. Table cells, chart labels and lists of entries keep the
/// bare name; sentences and phrases
/// ("leaving out the Russian Federation", "from 20.8 % in West Virginia to 40.3 % in the District
/// of Columbia") take this one. The rule reads the name, not a list of codes, so it holds for
/// the names a project's own reference table gives:
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

    /// The words that make a name descriptive ("the United Kingdom", "the Solomon Islands").
    private static let descriptiveWords: Set<Substring> = [
        "Republic", "Federation", "Kingdom", "States", "Emirates", "Union", "District", "Territory", "Territories",
        "Islands",
    ]

    /// Names that take "the" by custom rather than by a descriptive word.
    private static let customary: Set<String> = [
        "Bahamas", "Comoros", "Gambia", "Maldives", "Netherlands", "Philippines", "Seychelles", "Holy See",
        "Turks and Caicos Islands", "Gaza Strip", "West Bank", "Americas", "Caribbean",
    ]

    /// The name without its leading article when it takes "the", else `nil`.
    private static func withoutArticle(_ name: String) -> Substring? {
        for article in ["The ", "the "] where name.hasPrefix(article) {
            return name.dropFirst(article.count)
        }
        guard !name.contains(",") else { return nil }
        let plain = withoutParentheses(name)
        if customary.contains(plain) { return Substring(name) }
        let head = plain.firstRange(of: " and ").map { plain[..<$0.lowerBound] } ?? Substring(plain)
        let takesArticle = head.split(separator: " ").contains { descriptiveWords.contains($0) }
        return takesArticle ? Substring(name) : nil
    }

    /// The name with parenthesised parts removed and spaces collapsed: "Holy See (Vatican City
    /// State)" → "Holy See", "Cocos (Keeling) Islands" → "Cocos Islands".
    private static func withoutParentheses(_ name: String) -> String {
        var kept = ""
        var depth = 0
        for character in name {
            if character == "(" {
                depth += 1
            } else if character == ")" {
                depth = max(depth - 1, 0)
            } else if depth == 0 {
                kept.append(character)
            }
        }
        return kept.split(separator: " ").joined(separator: " ")
    }
}
