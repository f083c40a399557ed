import GeoModel
import Testing

/// Place names in running text. Each expected phrase is how an English style guide (and the
/// publishers' own prose) writes the name mid-sentence; none is derived from the rule.
@Suite("Place names in sentences")
struct PlaceNameTests {
    @Test(
        "descriptive and customary names take the article, others do not",
        arguments: [
            // Descriptive names.
            ("Russian Federation", "the Russian Federation"),
            ("United States", "the United States"),
            ("United Kingdom", "the United Kingdom"),
            ("United Arab Emirates", "the United Arab Emirates"),
            ("Central African Republic", "the Central African Republic"),
            ("Democratic Republic of the Congo", "the Democratic Republic of the Congo"),
            ("Republic of the Congo", "the Republic of the Congo"),
            ("Dominican Republic", "the Dominican Republic"),
            ("Federated States of Micronesia", "the Federated States of Micronesia"),
            ("Solomon Islands", "the Solomon Islands"),
            ("Cocos (Keeling) Islands", "the Cocos (Keeling) Islands"),
            ("Falkland Islands (Malvinas)", "the Falkland Islands (Malvinas)"),
            ("French Southern Territories", "the French Southern Territories"),
            ("British Indian Ocean Territory", "the British Indian Ocean Territory"),
            ("District of Columbia", "the District of Columbia"),
            ("European Union", "the European Union"),
            // By custom.
            ("Netherlands", "the Netherlands"),
            ("Philippines", "the Philippines"),
            ("Bahamas", "the Bahamas"),
            ("Gambia", "the Gambia"),
            ("Maldives", "the Maldives"),
            ("Holy See (Vatican City State)", "the Holy See (Vatican City State)"),
            ("Turks and Caicos Islands", "the Turks and Caicos Islands"),
            // Already with the article.
            ("The Gambia", "the Gambia"),
            // Plain names, including ones with a descriptive word after "and" or in parentheses.
            ("Belarus", "Belarus"),
            ("China", "China"),
            ("West Virginia", "West Virginia"),
            ("Isle of Man", "Isle of Man"),
            ("Christmas Island", "Christmas Island"),
            ("Heard Island and McDonald Islands", "Heard Island and McDonald Islands"),
            ("South Georgia and the South Sandwich Islands", "South Georgia and the South Sandwich Islands"),
            ("Antigua and Barbuda", "Antigua and Barbuda"),
            ("Sint Maarten (Dutch part)", "Sint Maarten (Dutch part)"),
            ("Venezuela (Bolivarian Republic of)", "Venezuela (Bolivarian Republic of)"),
            ("Czechia", "Czechia"),
            ("Unionville", "Unionville"),
            // Inverted catalogue forms and county names with their state.
            ("Korea, Rep.", "Korea, Rep."),
            ("Bahamas, The", "Bahamas, The"),
            ("Iran, Islamic Rep.", "Iran, Islamic Rep."),
            ("Shannon County, Missouri", "Shannon County, Missouri"),
            ("Saint Helena, Ascension and Tristan da Cunha", "Saint Helena, Ascension and Tristan da Cunha"),
            ("", ""),
        ])
    func inSentence(name: String, phrase: String) {
        #expect(PlaceName.inSentence(name) == phrase)
    }

    @Test(
        "a sentence's first word is capitalised",
        arguments: [
            ("District of Columbia", "The District of Columbia"),
            ("the Gambia", "The Gambia"),
            ("Netherlands", "The Netherlands"),
            ("West Virginia", "West Virginia"),
            ("Korea, Rep.", "Korea, Rep."),
        ])
    func startingSentence(name: String, phrase: String) {
        #expect(PlaceName.startingSentence(name) == phrase)
    }

    @Test(
        "possessives: a name ending in s takes the apostrophe alone",
        arguments: [
            ("Asia", "Asia's"), ("the Americas", "the Americas'"), ("The Americas", "The Americas'"),
            ("the rest of the world", "the rest of the world's"), ("the Netherlands", "the Netherlands'"),
            ("Africa", "Africa's"),
        ])
    func possessive(phrase: String, possessive: String) {
        #expect(PlaceName.possessive(phrase) == possessive)
    }
}
