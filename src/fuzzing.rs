//! The properties the fuzz targets (`fuzz/`) check, kept in the library so
//! that `tests/fuzz_regressions.rs` replays every input the fuzzers ever
//! found on exactly the same code. Each function panics when a property
//! fails; that is the point.

use crate::markdown::{self, plain_text};
use crate::theme::{Background, ColorMode, Theme};

/// The parser on arbitrary bytes: no panic, spans inside the input, the
/// dump and JSON writers accept every result.
pub fn parse(bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    if let Ok(parsed) = crate::dockerfile::parse(&text) {
        for instruction in &parsed.instructions {
            assert!(text.get(instruction.span.clone()).is_some());
            assert!(instruction.start_line <= instruction.end_line);
        }
        let _ = crate::dockerfile::dump(&parsed);
        let _ = crate::dockerfile::to_reference_json(&parsed);
    }
}

/// The markdown renderer on arbitrary text at any width from 20 to 147
/// (the first byte), in colour and without: no panic, and no control
/// character ever reaches a line (it would act on the terminal).
pub fn markdown(bytes: &[u8]) {
    let Some((&first, rest)) = bytes.split_first() else {
        return;
    };
    let width = 20 + u16::from(first % 128);
    let text = String::from_utf8_lossy(rest);
    for theme in [
        Theme::plain(),
        Theme::new(ColorMode::TrueColor, Background::Dark),
    ] {
        let rendered = markdown::render(&text, width, &theme);
        for line in &rendered.lines {
            let plain = plain_text(line);
            assert!(
                !plain.chars().any(|c| c.is_control()),
                "a control character in {plain:?}"
            );
        }
    }
}

/// The pack loader's parsers on arbitrary files: the input is split at
/// 0xFF bytes into an `exercise.toml`, a starting Dockerfile, a solution
/// and a lesson. Reading never panics; an exercise that reads is graded
/// (start and solution) without panicking either.
pub fn pack(bytes: &[u8]) {
    let mut parts = bytes.split(|&b| b == 0xFF).map(String::from_utf8_lossy);
    let toml = parts.next().unwrap_or_default();
    let start = parts.next().unwrap_or_default();
    let solution = parts.next().unwrap_or_default();
    let lesson = parts.next().unwrap_or_default();
    // The folder must be named after the id: take the one the file declares.
    let id = toml::from_str::<toml::Table>(&toml)
        .ok()
        .and_then(|table| table.get("id")?.as_str().map(String::from))
        .unwrap_or_default();
    let folder = format!("fuzz/{id}");
    if let Ok(exercise) = crate::exercise::parse_exercise(&folder, &toml, &start, &solution) {
        let _ = crate::exercise::grade(&exercise, &start);
        let _ = crate::exercise::grade(&exercise, &solution);
    }
    let _ = crate::content::parse_lesson("fuzz.md", &lesson);
}
