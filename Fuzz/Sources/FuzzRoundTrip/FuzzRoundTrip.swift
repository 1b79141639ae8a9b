// libFuzzer entry point: YAML round trip. When the bytes decode to a design with no problems,
// encoding it to YAML and decoding that must give the same design; the two designs are
// compared through their YAML encodings, which leave out source origins. A difference traps
// (fatalError) so that libFuzzer records the input.
import Foundation
import JourneyFormats
import JourneyKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    let first = JourneyFile.decode(data, name: "f.yaml", format: .yaml)
    guard let design = first.design, first.problems.isEmpty else { return 0 }
    let text = JourneyFile.encode(design, as: .yaml)
    let second = JourneyFile.decode(Data(text.utf8), name: "g.yaml", format: .yaml)
    guard let again = second.design, second.problems.isEmpty else {
        fatalError("round trip: the encoded YAML does not decode cleanly: \(second.problems)\n--- encoded ---\n\(text)")
    }
    let textAgain = JourneyFile.encode(again, as: .yaml)
    if textAgain != text {
        fatalError("round trip: the design changed\n--- first encoding ---\n\(text)\n--- second encoding ---\n\(textAgain)")
    }
    return 0
}
