import GeoModel
import Yams

/// A node of a pipeline YAML file with its position, and typed accessors that fail with
/// `path:line:column` errors and a hint.
///
/// ```
/// Pipelines/x.yaml:4:3: error: unknown key 'soruces'
///   hint: Did you mean 'sources'? Allowed here: title, description, sources, metrics, ...
/// ```
struct ConfigNode {
    let node: Node
    let path: String
    let name: String

    /// Parses YAML text; an empty document is an error.
    ///
    /// Scalars are composed with Yams' basic resolver, which tags every plain scalar a string
    /// instead of matching it against the default resolver's regular expressions (compiling
    /// those was a tenth of a cold build's serial start): the typed accessors below read the
    /// text and decide what it means, with their own errors.
    static func parse(_ text: String, path: String) throws(GeoError) -> ConfigNode {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw Self.translate(error, path: path)
        } catch {
            throw GeoError(.dataError, "cannot read the YAML: \(error)", at: SourceLocation(path: path))
        }
        guard let root else {
            throw GeoError(
                .dataError, "the pipeline file is empty", at: SourceLocation(path: path, line: 1, column: 1),
                hint: "A pipeline needs at least title:, sources: and metrics:.")
        }
        try AliasBudget.check(root, text: text, path: path)
        return ConfigNode(node: root, path: path, name: "the pipeline")
    }

    var location: SourceLocation {
        SourceLocation(path: path, line: node.mark?.line, column: node.mark?.column)
    }

    func fail(_ message: String, hint: String? = nil) -> GeoError {
        GeoError(.dataError, message, at: location, hint: hint)
    }

    /// The entries of a mapping, checked against the allowed keys.
    func mapping(allowed: [String], required: [String] = []) throws(GeoError) -> [String: ConfigNode] {
        guard case .mapping(let mapping) = node else {
            throw fail(
                "\(name) must be a mapping of keys to values", hint: "Allowed keys: \(allowed.joined(separator: ", "))."
            )
        }
        var result: [String: ConfigNode] = [:]
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? ""
            let keyConfig = ConfigNode(node: keyNode, path: path, name: key)
            guard allowed.contains(key) else {
                let close = EditDistance.suggestions(for: key, among: allowed, count: 1)
                let guess = close.first.map { "Did you mean '\($0)'? " } ?? ""
                throw keyConfig.fail(
                    "unknown key '\(key)' in \(name)", hint: "\(guess)Allowed here: \(allowed.joined(separator: ", "))."
                )
            }
            guard result[key] == nil else { throw keyConfig.fail("key '\(key)' appears twice in \(name)") }
            result[key] = ConfigNode(node: valueNode, path: path, name: key)
        }
        for key in required where result[key] == nil {
            throw fail("\(name) is missing the required key '\(key)'", hint: "Add '\(key):'.")
        }
        return result
    }

    /// The entries of a mapping with free-form keys (e.g. aliases), in file order.
    func pairs() throws(GeoError) -> [(key: String, value: ConfigNode)] {
        guard case .mapping(let mapping) = node else { throw fail("'\(name)' must be a mapping (key: value)") }
        return mapping.map { ($0.key.string ?? "", ConfigNode(node: $0.value, path: path, name: $0.key.string ?? "")) }
    }

    func sequence() throws(GeoError) -> [ConfigNode] {
        guard case .sequence(let sequence) = node else {
            throw fail("'\(name)' must be a list", hint: "Write one item per line starting with '- '.")
        }
        return sequence.enumerated().map { index, item in
            ConfigNode(node: item, path: path, name: "item \(index + 1) of \(name)")
        }
    }

    /// A string, or each string of a list.
    func strings() throws(GeoError) -> [String] {
        if case .sequence = node {
            var values: [String] = []
            for item in try sequence() { values.append(try item.string()) }
            return values
        }
        return [try string()]
    }

    func string() throws(GeoError) -> String {
        guard case .scalar(let scalar) = node else {
            throw fail("'\(name)' must be a single value, not a list or mapping")
        }
        return scalar.string
    }

    func double() throws(GeoError) -> Double {
        let text = try string()
        guard let value = Double(text), value.isFinite else { throw fail("'\(name)' must be a number, not '\(text)'") }
        return value
    }

    func int() throws(GeoError) -> Int {
        let text = try string()
        guard let value = Int(text) else { throw fail("'\(name)' must be a whole number, not '\(text)'") }
        return value
    }

    func bool() throws(GeoError) -> Bool {
        switch try string().lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw fail("'\(name)' must be true or false")
        }
    }

    func period() throws(GeoError) -> Period {
        let text = try string()
        guard let period = Period(text) else {
            throw fail("'\(text)' is not a period", hint: "Write periods as 2025-H1, 2026-Q1, 2025-07 or 2025.")
        }
        return period
    }

    func oneOf<T: CaseIterable & RawRepresentable>(_ type: T.Type) throws(GeoError) -> T where T.RawValue == String {
        let text = try string()
        if let value = T(rawValue: text) { return value }
        let options = T.allCases.map(\.rawValue)
        let close = EditDistance.suggestions(for: text, among: options, count: 1)
        throw fail(
            "'\(text)' is not a valid \(name)",
            hint: (close.first.map { "Did you mean '\($0)'? " } ?? "")
                + "Choose one of: \(options.joined(separator: ", ")).")
    }

    private static func translate(_ error: YamlError, path: String) -> GeoError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return GeoError(
                .dataError, "YAML syntax error: \(problem)",
                at: SourceLocation(path: path, line: mark.line, column: mark.column),
                hint: "Check indentation (spaces, not tabs) and that every 'key: value' has a space after the colon.")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return GeoError(
                .dataError, "key \(keys) appears twice in the same mapping",
                at: SourceLocation(path: path, line: context.mark.line, column: context.mark.column),
                hint: "Each key may appear once in a mapping: keep one and delete or merge the other.")
        default:
            return GeoError(
                .dataError, "cannot read the YAML: \(error)", at: SourceLocation(path: path),
                hint: "Save the pipeline as UTF-8 text.")
        }
    }
}
