internal import CLibXML2

/// The libxml2 this program is linked with.
///
/// Everything above this module sees Swift types only: ``XMLReader`` (hardened parsing),
/// ``XMLSchema`` (XSD validation) and ``XMLWriter`` (streaming output).
public enum XMLLibrary {
    /// libxml2's version, such as `2.9.14`.
    public static var version: String {
        _ = libxml2Ready
        let number = Int(LIBXML_VERSION)
        return "\(number / 10000).\(number / 100 % 100).\(number % 100)"
    }
}

/// Prepares libxml2 once, before any concurrent use: `xmlInitParser` (libxml2 asks for it), then
/// the process-wide external entity loader that loads nothing (see `ExternalEntityLoader.swift`).
/// A lazy global: Swift runs the initializer exactly once, thread-safely. Every entry point of
/// this module touches it.
let libxml2Ready: Void = {
    xmlInitParser()
    _ = libxml2DefaultEntityLoader  // saved before ours replaces it
    xmlSetExternalEntityLoader(refusingEntityLoader)
}()
