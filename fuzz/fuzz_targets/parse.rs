//! The parser on arbitrary bytes: it must never panic, and every span it
//! returns must lie inside the input, on character boundaries.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let text = String::from_utf8_lossy(bytes);
    if let Ok(parsed) = multistage::dockerfile::parse(&text) {
        for instruction in &parsed.instructions {
            assert!(text.get(instruction.span.clone()).is_some());
            assert!(instruction.start_line <= instruction.end_line);
        }
        let _ = multistage::dockerfile::dump(&parsed);
        let _ = multistage::dockerfile::to_reference_json(&parsed);
    }
});
