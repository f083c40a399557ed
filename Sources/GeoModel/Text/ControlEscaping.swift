extension String {
    /// The text with terminal control characters written out as `\u{1B}`, so a message quoting
    /// input (`ESC ] 0;title BEL`, a carriage return, a C1 `CSI`) can never retitle, recolour or
    /// rewrite the user's terminal. Line feeds and tabs stay as they are.
    ///
    /// ```swift
    /// "\u{1B}]0;owned\u{07}".escapingTerminalControls   // "\\u{1B}]0;owned\\u{07}"
    /// ```
    public var escapingTerminalControls: String {
        guard unicodeScalars.contains(where: Self.isTerminalControl) else { return self }
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if Self.isTerminalControl(scalar) {
                result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Every control character but line feed and tab.
    private static func isTerminalControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isControl && scalar != "\n" && scalar != "\t"
    }
}
