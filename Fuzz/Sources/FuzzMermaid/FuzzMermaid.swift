// libFuzzer entry point: Mermaid bytes through JourneyFile.decode. Any crash, trap or
// sanitizer report is a finding; problems in the result are the expected outcome for bad input.
import Foundation
import JourneyFormats

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    let decoded = JourneyFile.decode(data, name: "f.mmd", format: .mermaid)
    _ = decoded.design
    _ = decoded.problems.count
    return 0
}
