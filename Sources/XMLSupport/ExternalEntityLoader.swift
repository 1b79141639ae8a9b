internal import CLibXML2

/// libxml2's own loader, saved before ours replaces it. Only reads whose options include
/// ``XMLParseOptions/allowExternalLoads`` (tests proving the protection) ever reach it.
let libxml2DefaultEntityLoader: xmlExternalEntityLoader? = xmlGetExternalEntityLoader()

/// The process-wide external entity loader (installed once by `libxml2Ready`): it loads nothing
/// and records a `refused` issue naming the URL in the read that asked. It delegates to
/// libxml2's loader only when the asking parser context belongs to the read running on this
/// thread and that read allows external loads; never for the network (libxml2's own `NONET`
/// refusal would print to stderr). Any other context (nil, an XSD parser's, the
/// one XInclude makes for `parse="text"`) is refused without a word: there is no read to tell.
let refusingEntityLoader: xmlExternalEntityLoader = { url, id, ctxt in
    guard let session = ReadSession.running(for: ctxt) else { return nil }
    let address = url.map { String(cString: $0) } ?? "(no URL)"
    if session.options.contains(.allowExternalLoads), !isNetwork(address) {
        return libxml2DefaultEntityLoader?(url, id, ctxt)
    }
    session.refuseExternalLoad(address)
    return nil
}

/// http, https and ftp: never loaded, not even in tests.
private func isNetwork(_ url: String) -> Bool {
    let lowered = url.lowercased()
    return ["http:", "https:", "ftp:"].contains { lowered.hasPrefix($0) }
}
