internal import CLibXML2

/// The state of one ``XMLReader`` read while libxml2 parses: it collects the issues, counts the
/// depth, records where each element starts, and refuses a DOCTYPE and external loads.
///
/// libxml2's callbacks find it through the parser context's `_private` field (libxml2 copies that
/// field into the inner contexts it makes for entities and XInclude). A session lives inside
/// one synchronous call on one thread and never crosses isolation.
final class ReadSession {
    /// An issue, and whether libxml2 found it inside entity text rather than in the document.
    private struct Finding {
        var issue: XMLIssue
        var insideEntity: Bool
    }

    /// The session of the read running on this thread (its address), for the entity loader.
    @TaskLocal private static var runningOnThisThread = 0

    let bytes: UnsafeRawBufferPointer
    let options: XMLParseOptions
    let limits: XMLLimits
    private var findings: [Finding] = []
    private var context: xmlParserCtxtPtr?
    private var depth = 0
    /// Bytes of text since the last tag: one text node, unless comments split it.
    private var textRun = 0

    /// libxml2's limit for one text node (`XML_MAX_TEXT_LENGTH`). 2.9.14 enforces it only when
    /// text arrives in several pieces; from memory it often arrives in one, so we check too.
    static let maximumTextBytes = 10_000_000

    init(bytes: UnsafeRawBufferPointer, options: XMLParseOptions, limits: XMLLimits) {
        self.bytes = bytes
        self.options = options
        self.limits = limits
    }

    private var address: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    /// Makes `ctxt` report to this session, and hooks the SAX handlers we need.
    func attach(to ctxt: xmlParserCtxtPtr) {
        context = ctxt
        ctxt.pointee._private = address
        guard let sax = ctxt.pointee.sax else { return }
        sax.pointee.serror = sessionStructuredError
        sax.pointee.internalSubset = sessionInternalSubset
        sax.pointee.startElementNs = sessionStartElement
        sax.pointee.endElementNs = sessionEndElement
        sax.pointee.characters = sessionCharacters
        sax.pointee.ignorableWhitespace = sessionCharacters
    }

    /// Runs `body` (the parsing) with this session known to the entity loader on this thread.
    func running<Result>(_ body: () -> Result) -> Result {
        ReadSession.$runningOnThisThread.withValue(Int(bitPattern: address), operation: body)
    }

    /// The session behind a SAX or error callback's context, a parser context of ours.
    fileprivate static func of(_ ctx: UnsafeMutableRawPointer?) -> ReadSession? {
        guard let raw = ctx?.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private else { return nil }
        return Unmanaged<ReadSession>.fromOpaque(raw).takeUnretainedValue()
    }

    /// The session of the read running on this thread, if `ctxt` is one of its parser contexts.
    /// Only pointers are compared, so a foreign context is never taken for ours.
    static func running(for ctxt: xmlParserCtxtPtr?) -> ReadSession? {
        guard let raw = ctxt?.pointee._private, Int(bitPattern: raw) == runningOnThisThread,
              runningOnThisThread != 0 else { return nil }
        return Unmanaged<ReadSession>.fromOpaque(raw).takeUnretainedValue()
    }

    // MARK: Issues

    /// The issues so far, the most useful first: those in the document before those inside entity
    /// text, errors before warnings, otherwise in the order found.
    var issues: [XMLIssue] {
        findings.enumerated().sorted { a, b in
            let keyA = (a.element.insideEntity ? 1 : 0, a.element.issue.severity == .warning ? 1 : 0, a.offset)
            let keyB = (b.element.insideEntity ? 1 : 0, b.element.issue.severity == .warning ? 1 : 0, b.offset)
            return keyA < keyB
        }.map(\.element.issue)
    }

    var hasErrors: Bool { findings.contains { $0.issue.severity != .warning } }

    /// Adds an issue that did not come from libxml2 (a refusal, a missing root).
    func add(_ issue: XMLIssue) { findings.append(Finding(issue: issue, insideEntity: false)) }

    /// Records a refusal at a byte offset (or, unknown, at the parser's current line).
    func refuse(_ message: String, at offset: Int?) {
        var line = 0
        if let main = context?.pointee.inputTab?.pointee { line = Int(main.pointee.line) }
        var column = 1
        if let offset { (line, column) = SourceLocator.position(at: offset, in: bytes) }
        add(XMLIssue(severity: .fatal, category: .refused, message: message, line: line, column: column))
    }

    func refuseExternalLoad(_ url: String) {
        refuse("an external resource was not loaded: \(url) (reading other files is not allowed)",
               at: context.flatMap(currentOffset))
    }

    fileprivate func record(_ error: xmlError, from ctx: UnsafeMutableRawPointer?) {
        let main = UnsafeMutableRawPointer(context)
        let insideEntity = ctx != main || (context?.pointee.inputNr ?? 1) > 1
        findings.append(Finding(issue: XMLIssue(error), insideEntity: insideEntity))
    }

    // MARK: SAX hooks

    /// Where the main parser context stands in our bytes, when it parses the document itself.
    private func currentOffset(_ ctxt: xmlParserCtxtPtr) -> Int? {
        guard ctxt == context, ctxt.pointee.inputNr == 1, let input = ctxt.pointee.input,
              let cur = input.pointee.cur, let base = input.pointee.base else { return nil }
        return min(Int(input.pointee.consumed) + (cur - base), bytes.count)
    }

    fileprivate func refuseDoctype(_ ctxt: xmlParserCtxtPtr) {
        let offset = currentOffset(ctxt).map { SourceLocator(bytes).lastOffset(of: "<!DOCTYPE", before: $0) ?? $0 }
        refuse("a DOCTYPE is not allowed in this file (it could make the reader load other files)", at: offset)
        xmlStopParser(ctxt)
    }

    /// Called after libxml2 made the element: stores the offset of its `<` in `_private`
    /// (as offset + 1; nil means unknown) and enforces the depth limit.
    fileprivate func elementStarted(_ ctxt: xmlParserCtxtPtr) {
        depth += 1
        textRun = 0
        var start: Int?
        if let end = currentOffset(ctxt) {
            start = SourceLocator(bytes).tagStart(before: end)
            if let node = ctxt.pointee.node, node.pointee._private == nil, let start {
                node.pointee._private = UnsafeMutableRawPointer(bitPattern: start + 1)
            }
        }
        if depth > limits.maximumDepth {
            refuse("the elements are nested more than \(limits.maximumDepth) deep", at: start)
            xmlStopParser(ctxt)
        }
    }

    fileprivate func elementEnded() {
        depth -= 1
        textRun = 0
    }

    /// Counts text; false (and the parser stopped) when one text grows beyond libxml2's limit.
    fileprivate func acceptText(_ length: Int, _ ctxt: xmlParserCtxtPtr) -> Bool {
        textRun += length
        guard textRun > ReadSession.maximumTextBytes, !options.contains(.huge) else { return true }
        refuse("a text is longer than 10,000,000 bytes (libxml2's limit for one text)",
               at: currentOffset(ctxt).map { SourceLocator(bytes).tagStart(before: $0 - textRun + length) })
        xmlStopParser(ctxt)
        return false
    }
}

private func parserContext(_ ctx: UnsafeMutableRawPointer?) -> xmlParserCtxtPtr? {
    ctx?.assumingMemoryBound(to: xmlParserCtxt.self)
}

private let sessionStructuredError: xmlStructuredErrorFunc = { ctx, error in
    guard let error, let session = ReadSession.of(ctx) else { return }
    session.record(error.pointee, from: ctx)
}

private let sessionInternalSubset: internalSubsetSAXFunc = { ctx, name, externalID, systemID in
    guard let session = ReadSession.of(ctx), let ctxt = parserContext(ctx),
          !session.options.contains(.allowDoctype) else {
        return xmlSAX2InternalSubset(ctx, name, externalID, systemID)
    }
    session.refuseDoctype(ctxt)
}

private let sessionStartElement: startElementNsSAX2Func = {
    ctx, localName, prefix, uri, namespaceCount, namespaces, attributeCount, defaultedCount, attributes in
    xmlSAX2StartElementNs(
        ctx, localName, prefix, uri, namespaceCount, namespaces, attributeCount, defaultedCount, attributes)
    guard let session = ReadSession.of(ctx), let ctxt = parserContext(ctx) else { return }
    session.elementStarted(ctxt)
}

private let sessionEndElement: endElementNsSAX2Func = { ctx, localName, prefix, uri in
    xmlSAX2EndElementNs(ctx, localName, prefix, uri)
    ReadSession.of(ctx)?.elementEnded()
}

private let sessionCharacters: charactersSAXFunc = { ctx, characters, length in
    if let session = ReadSession.of(ctx), let ctxt = parserContext(ctx),
       !session.acceptText(Int(length), ctxt) { return }
    xmlSAX2Characters(ctx, characters, length)
}
