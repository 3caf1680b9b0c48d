//! Every input kept in `fuzz/regressions/<target>/` (what a fuzzer found,
//! once fixed, and hand-made edge cases) replayed through the same
//! property the fuzz target checks (`multistage::fuzzing`), in every
//! `cargo test`: a fixed crash stays fixed without nightly or cargo-fuzz.

use std::path::Path;

fn replay(target: &str, property: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions")
        .join(target);
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            continue; // a README
        }
        let bytes = std::fs::read(&path).unwrap();
        let outcome = std::panic::catch_unwind(|| property(&bytes));
        assert!(outcome.is_ok(), "{} fails again", path.display());
        count += 1;
    }
    assert!(count > 0, "no input in {}", dir.display());
}

#[test]
fn parser_regressions() {
    replay("parse", multistage::fuzzing::parse);
}

#[test]
fn markdown_regressions() {
    replay("markdown", multistage::fuzzing::markdown);
}

#[test]
fn pack_regressions() {
    replay("pack", multistage::fuzzing::pack);
}
