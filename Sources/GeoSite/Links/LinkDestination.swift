/// Where a link or image in a report points, once checked against the site's files.
///
/// Only three kinds of destination survive into a page: a fragment of the same page, a file
/// of the site (by relative path), and an `http`, `https` or `mailto` URL. Everything else —
/// `javascript:`, `data:`, `vbscript:`, absolute or protocol-relative paths, files that are
/// not part of the site — is ``inert`` and is rendered as plain text.
enum LinkDestination: Hashable, Sendable {
    /// `#id` on the same page (the id, percent-decoded).
    case fragment(String)
    /// An `http`, `https` or `mailto` URL, with tabs and newlines removed.
    case external(String)
    /// A file of the site by its output path (`deepseek/maps/x.svg`), with an optional fragment.
    case local(path: String, fragment: String?)
    /// A destination that must not become a link.
    case inert
}
