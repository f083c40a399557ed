/// Resolves link destinations written in one page against the files of the site, and writes
/// relative, percent-encoded hrefs back.
///
/// ```swift
/// let linker = SiteLinker(directory: "deepseek", files: ["deepseek/data/ratios.csv", "index.html"])
/// linker.destination(of: "data/ratios.csv")        // .local(path: "deepseek/data/ratios.csv", fragment: nil)
/// linker.destination(of: "javascript:alert(1)")    // .inert
/// linker.href(to: "index.html", fragment: nil)     // "../index.html"
/// ```
///
/// A report's own `README.md` (or another report's, `../ai-diffusion/README.md`) resolves to
/// that report's `index.html`, so links between reports keep working on the site.
struct SiteLinker: Sendable {
    /// The page's folder in the site: `""` for `index.html`, the pipeline for a report page.
    let directory: String
    /// Every output path of the site.
    let files: Set<String>

    /// URL schemes that may be followed from a page.
    static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    /// Classifies a destination as written in Markdown (after character references are decoded).
    func destination(of raw: String) -> LinkDestination {
        let url = Self.strippingMarkdownSyntax(Self.normalized(raw))
        guard let first = url.first else { return .inert }
        if first == "#" { return .fragment(Self.percentDecoded(String(url.dropFirst())) ?? String(url.dropFirst())) }
        if let scheme = Self.scheme(of: url) {
            return Self.allowedSchemes.contains(scheme) ? .external(url) : .inert
        }
        let slashed = url.replacingBackslashes()
        if slashed.hasPrefix("/") { return .inert }

        var pathPart = Substring(slashed)
        var fragment: String? = nil
        if let hash = pathPart.firstIndex(of: "#") {
            fragment = String(pathPart[pathPart.index(after: hash)...])
            pathPart = pathPart[..<hash]
        }
        if let question = pathPart.firstIndex(of: "?") { pathPart = pathPart[..<question] }
        guard let decoded = Self.percentDecoded(String(pathPart)) else { return .inert }
        guard let path = resolve(decoded) else { return .inert }
        let decodedFragment = fragment.map { Self.percentDecoded($0) ?? $0 }.flatMap { $0.isEmpty ? nil : $0 }
        return .local(path: path, fragment: decodedFragment)
    }

    /// The href from this page to a site file, relative and percent-encoded.
    func href(to path: String, fragment: String? = nil) -> String {
        let from = directory.isEmpty ? [] : directory.split(separator: "/").map(String.init)
        let target = path.split(separator: "/").map(String.init)
        var common = 0
        while common < from.count, common < target.count - 1, from[common] == target[common] { common += 1 }
        let ups = Array(repeating: "..", count: from.count - common)
        let segments = ups + target[common...].map { Self.percentEncoded($0) }
        var href = segments.joined(separator: "/")
        if let fragment { href += "#" + Self.percentEncoded(fragment) }
        return href
    }

    /// Resolves a decoded relative path against the page's folder to an existing site file.
    private func resolve(_ relative: String) -> String? {
        var segments = directory.isEmpty ? [] : directory.split(separator: "/").map(String.init)
        for segment in relative.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..":
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            default: segments.append(String(segment))
            }
        }
        if segments.last == "README.md" { segments[segments.count - 1] = "index.html" }
        let path = segments.joined(separator: "/")
        if files.contains(path) { return path }
        let index = path.isEmpty ? "index.html" : path + "/index.html"
        return files.contains(index) ? index : nil
    }

    /// The URL as a browser reads it: tabs and newlines removed, control characters and spaces
    /// trimmed from both ends.
    static func normalized(_ raw: String) -> String {
        let kept = raw.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
        var scalars = Substring.UnicodeScalarView(kept)
        while let first = scalars.first, first.value <= 0x20 { scalars.removeFirst() }
        while let last = scalars.last, last.value <= 0x20 { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    /// The destination without the Markdown around it that Ink leaves in: `<…>` brackets and a
    /// title (`maps/x.svg "World map"`).
    static func strippingMarkdownSyntax(_ url: String) -> String {
        var result = Substring(url)
        if let space = result.firstIndex(of: " "),
            let next = result[space...].first(where: { $0 != " " }), "\"'(".contains(next)
        {
            result = result[..<space]
        }
        if result.hasPrefix("<") && result.hasSuffix(">") && result.count >= 2 {
            result = result.dropFirst().dropLast()
        }
        return String(result)
    }

    /// The lowercased scheme (`javascript` in `JavaScript:x`), or nil for a relative URL.
    static func scheme(of url: String) -> String? {
        guard let colon = url.firstIndex(of: ":") else { return nil }
        let candidate = url[..<colon]
        guard let first = candidate.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else {
            return nil
        }
        let isScheme = candidate.unicodeScalars.allSatisfy {
            $0.isASCII
                && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "+" || $0 == "-" || $0 == ".")
        }
        return isScheme ? candidate.lowercased() : nil
    }

    /// Decodes `%XX` escapes as UTF-8; nil when they do not form valid UTF-8.
    static func percentDecoded(_ text: String) -> String? {
        guard text.contains("%") else { return text }
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.first {
            utf8 = utf8.dropFirst()
            if byte == UInt8(ascii: "%"), utf8.count >= 2, utf8.prefix(2).allSatisfy(\.isHexDigit),
                let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    /// Escapes every byte outside the unreserved and a few safe sub-delimiter characters.
    static func percentEncoded(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            let scalar = Unicode.Scalar(byte)
            let isSafe =
                scalar.isASCII
                && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || "-._~!$'()*+,;=@".unicodeScalars.contains(scalar))
            if isSafe {
                result.unicodeScalars.append(scalar)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }
}

extension String {
    /// The text with every `\` turned into `/`, as browsers read relative URLs.
    fileprivate func replacingBackslashes() -> String {
        String(map { $0 == "\\" ? "/" : $0 })
    }
}

extension UInt8 {
    /// Whether the byte is an ASCII hexadecimal digit.
    fileprivate var isHexDigit: Bool {
        (0x30...0x39).contains(self) || (0x41...0x46).contains(self) || (0x61...0x66).contains(self)
    }
}
