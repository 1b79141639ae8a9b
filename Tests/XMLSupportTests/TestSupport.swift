import Foundation
import Testing
@testable import XMLSupport

/// Reads a string with the given options; the failure, if any, as a value.
func read(
    _ text: String, options: XMLParseOptions = .safe, limits: XMLLimits = .default,
    schema: XMLSchema? = nil, url: String = "test.xml"
) -> Result<XMLDocument, XMLReadFailure> {
    read(Data(text.utf8), options: options, limits: limits, schema: schema, url: url)
}

func read(
    _ data: Data, options: XMLParseOptions = .safe, limits: XMLLimits = .default,
    schema: XMLSchema? = nil, url: String = "test.xml"
) -> Result<XMLDocument, XMLReadFailure> {
    Result { () throws(XMLReadFailure) in
        try XMLReader.read(data, url: url, options: options, limits: limits, schema: schema)
    }
}

extension Result {
    var value: Success? { try? get() }
    var failure: Failure? {
        if case .failure(let failure) = self { failure } else { nil }
    }
}

/// Every string a read produced: element and attribute names and values, texts, issue messages.
func allStrings(_ result: Result<XMLDocument, XMLReadFailure>) -> [String] {
    switch result {
    case .success(let document):
        var strings = document.warnings.map(\.message)
        func collect(_ element: XMLElement) {
            strings += [element.name, element.text, element.namespace ?? ""]
            strings += element.attributes.flatMap { [$0.name, $0.value] }
            element.children.forEach(collect)
        }
        collect(document.root)
        return strings
    case .failure(let failure):
        return failure.issues.map(\.message)
    }
}

/// A fresh folder under the system's temporary directory, removed afterwards.
func withTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("xmlsupport-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    return try body(folder)
}

/// What the body wrote to file descriptor 2 (standard error) while it ran. Uses a file, not a
/// pipe, so a chatty body cannot block. Other tests running at the same moment may add their own
/// lines; callers look for libxml2's lines only.
func capturingStandardError(_ body: () -> Void) throws -> String {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("stderr-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: file.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: file) }
    let handle = try FileHandle(forWritingTo: file)
    fflush(nil)
    let saved = dup(2)
    dup2(handle.fileDescriptor, 2)
    body()
    fflush(nil)
    dup2(saved, 2)
    close(saved)
    try handle.close()
    // Not String(contentsOf:): FoundationEssentials leaks a buffer reading an empty file.
    let reader = try FileHandle(forReadingFrom: file)
    defer { try? reader.close() }
    return String(decoding: try reader.readToEnd() ?? Data(), as: UTF8.self)
}

/// How libxml2's default error printer marks its lines ("file:1: parser error : …").
func containsLibxml2Report(_ text: String) -> Bool {
    [" error : ", " warning : ", "parser error", "I/O error", "input conversion failed"].contains { text.contains($0) }
}
