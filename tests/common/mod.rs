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

/// The prose of a markdown text: without code (blocks and spans), link
/// addresses or URLs, where French typography does not apply.
pub fn prose(text: &str) -> String {
    let without_code: String = text
        .split("```")
        .step_by(2)
        .flat_map(|part| part.split('`').step_by(2))
        .collect();
    let without_addresses: String = without_code
        .split("](")
        .enumerate()
        .map(|(index, part)| match index {
            0 => part,
            _ => part.split_once(')').map_or("", |(_, rest)| rest),
        })
        .collect();
    without_addresses
        .split(' ')
        .filter(|word| !word.contains("://"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// French typography: a no-break space before `: ; ! ?` (after a word) and
/// inside « », never an ordinary one. `name` says where, on failure.
pub fn assert_french_typography(name: &str, prose: &str) {
    const NO_BREAK: [char; 2] = ['\u{a0}', '\u{202f}'];
    let chars: Vec<char> = prose.chars().collect();
    for (index, &ch) in chars.iter().enumerate() {
        let before = index.checked_sub(1).map(|i| chars[i]);
        let after = chars.get(index + 1).copied();
        let context: String = chars[index.saturating_sub(30)..(index + 10).min(chars.len())]
            .iter()
            .collect();
        if matches!(ch, ':' | ';' | '!' | '?') && before.is_some_and(|b| !b.is_whitespace()) {
            assert!(
                before.is_some_and(|b| NO_BREAK.contains(&b) || "!?".contains(b)),
                "{name}: no no-break space before {ch:?} in {context:?}"
            );
        }
        if matches!(ch, ':' | ';' | '!' | '?') && before == Some(' ') {
            panic!("{name}: ordinary space before {ch:?} in {context:?}");
        }
        if ch == '«' {
            assert!(
                after.is_some_and(|a| NO_BREAK.contains(&a)),
                "{name}: « without a no-break space in {context:?}"
            );
        }
        if ch == '»' {
            assert!(
                before.is_some_and(|b| NO_BREAK.contains(&b)),
                "{name}: » without a no-break space in {context:?}"
            );
        }
    }
}

/// The binary working in `dir`, with its data folder in `home`.
pub fn multistage_in(dir: &std::path::Path, home: &std::path::Path) -> Command {
    let mut command = multistage();
    command.current_dir(dir).env("MULTISTAGE_HOME", home);
    command
}

/// An embedded exercise's solution, as a learner would write it.
pub fn solution(id: &str) -> String {
    std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("exercises")
            .join(id)
            .join("solution.Dockerfile"),
    )
    .unwrap()
}

/// The files of `dir` whose name holds `part` (backups, files set aside), sorted.
pub fn files_named(dir: &std::path::Path, part: &str) -> Vec<std::path::PathBuf> {
    let mut found: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            path.file_name()
                .is_some_and(|name| name.to_string_lossy().contains(part))
        })
        .collect();
    found.sort();
    found
}
