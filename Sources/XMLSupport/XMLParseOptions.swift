internal import CLibXML2

/// How ``XMLReader`` parses. Every reader uses ``safe``; the other members are dangerous and
/// exist only so that tests can prove the safe set protects.
///
/// The members of ``safe`` always apply, whatever else is given (so even the dangerous sets never
/// touch the network and never print to standard error). The declared encoding is always
/// ignored: input is read as UTF-8.
public struct XMLParseOptions: OptionSet, Sendable {
    /// libxml2's `xmlParserOption` bits, plus our own bits from 1 << 28 on.
    public let rawValue: Int32

    /// Creates options from their bits.
    public init(rawValue: Int32) { self.rawValue = rawValue }

    private init(_ options: xmlParserOption...) {
        rawValue = options.reduce(0) { $0 | Int32($1.rawValue) }
    }

    /// No network, errors collected instead of printed, CDATA as text, exact line numbers, and
    /// a DOCTYPE refused: `NONET | NOERROR | NOWARNING | NOCDATA | BIG_LINES`.
    public static let safe = XMLParseOptions(
        XML_PARSE_NONET, XML_PARSE_NOERROR, XML_PARSE_NOWARNING, XML_PARSE_NOCDATA, XML_PARSE_BIG_LINES)

    /// Dangerous: replaces entity references by their content (`XML_PARSE_NOENT`).
    public static let substituteEntities = XMLParseOptions(XML_PARSE_NOENT)
    /// Dangerous: loads the external DTD and its default attributes (`DTDLOAD | DTDATTR`).
    public static let loadExternalDTD = XMLParseOptions(XML_PARSE_DTDLOAD, XML_PARSE_DTDATTR)
    /// Dangerous: runs XInclude processing after parsing.
    public static let processXInclude = XMLParseOptions(rawValue: 1 << 28)
    /// Dangerous: lifts libxml2's own limits (`XML_PARSE_HUGE`).
    public static let huge = XMLParseOptions(XML_PARSE_HUGE)
    /// Dangerous: does not refuse a DOCTYPE.
    public static let allowDoctype = XMLParseOptions(rawValue: 1 << 29)
    /// Dangerous: lets libxml2's default entity loader load files for this read.
    public static let allowExternalLoads = XMLParseOptions(rawValue: 1 << 30)

    /// The flags handed to `xmlCtxtReadMemory`: ours stripped, ``safe`` and `IGNORE_ENC` added.
    var libxml2Flags: Int32 {
        let passed = XMLParseOptions.safe.rawValue | XMLParseOptions.substituteEntities.rawValue
            | XMLParseOptions.loadExternalDTD.rawValue | XMLParseOptions.huge.rawValue
        return (rawValue & passed) | XMLParseOptions.safe.rawValue | Int32(XML_PARSE_IGNORE_ENC.rawValue)
    }
}
