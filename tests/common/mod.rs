//! Helpers shared by the integration tests: the real binary, and the
//! conformance data of `../shared/`, which tests skip without when absent.

#![allow(dead_code)]

use std::path::PathBuf;

use assert_cmd::Command;

/// The `multistage` binary built by cargo, in French unless a test says
/// otherwise, and with its progress kept away from the developer's own.
pub fn multistage() -> Command {
    let mut command = Command::cargo_bin("multistage").expect("binary built by cargo");
    command
        .env_remove("MULTISTAGE_LANG")
        .env("NO_COLOR", "1")
        .env(
            "MULTISTAGE_HOME",
            PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("home"),
        );
    command
}

/// `../shared/conformance/<part>` if it exists; otherwise says why the test is skipped.
pub fn conformance_dir(part: &str) -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/conformance")
        .join(part);
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "skipped: {} is absent (the conformance data lives beside the project, in ../shared)",
            dir.display()
        );
        None
    }
}

/// Sorted entries of a directory.
pub fn sorted_entries(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("readable directory")
        .map(|entry| entry.expect("directory entry").path())
        .collect();
    entries.sort();
    entries
}
