import FuzzSupport
import GeoPipeline

/// libFuzzer entry point for the pipeline loader: `PipelineConfig(name:path:text:)` parses the
/// YAML (Yams) and checks keys, types and values. The input is the file's bytes, read as UTF-8
/// (invalid sequences replaced, as the CLI does when reading the file).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPipeline(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: FuzzInput.bytes(data, size), as: UTF8.self)
    FuzzInput.expectGeoError {
        _ = try PipelineConfig(name: "fuzz", path: "Pipelines/fuzz.yaml", text: text)
    }
    return 0
}
