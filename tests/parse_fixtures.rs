//! The project's own parser fixtures: every `NN-….Dockerfile` under
//! `tests/fixtures/parse/` is parsed by the real binary and compared with
//! what BuildKit's parser (PyPI `dockerfile`) answered for it: the same JSON
//! value (`.json`), or a rejection with the same reason (`.error`).
//! `tests/fixtures/parse-current/` holds the cases where the reference is
//! older than current BuildKit (see its README).

mod common;

use std::path::{Path, PathBuf};

use common::{multistage, sorted_entries};

fn fixture_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Checks every Dockerfile of `dir`; returns how many were checked.
fn check_all(dir: &Path) -> usize {
    let mut failures = Vec::new();
    let mut checked = 0;
    for path in sorted_entries(dir) {
        if path.extension().and_then(|e| e.to_str()) != Some("Dockerfile") {
            continue;
        }
        checked += 1;
        let output = multistage()
            .args(["parse", "--format", "json"])
            .arg(&path)
            .output()
            .expect("binary runs");
        let expected_json = path.with_extension("json");
        let expected_error = path.with_extension("error");
        if expected_json.exists() {
            let expected: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(&expected_json).unwrap())
                    .expect("expected JSON");
            let got: Option<serde_json::Value> = serde_json::from_slice(&output.stdout).ok();
            if !output.status.success() || got.as_ref() != Some(&expected) {
                failures.push(format!(
                    "{}: expected {expected}\ngot (exit {:?}) {}{}",
                    path.display(),
                    output.status.code(),
                    String::from_utf8_lossy(&output.stdout),
                    String::from_utf8_lossy(&output.stderr)
                ));
            }
        } else {
            let reason = std::fs::read_to_string(&expected_error).expect(".json or .error");
            let stderr = String::from_utf8_lossy(&output.stderr);
            if output.status.code() != Some(2) || !stderr.contains(reason.trim_end()) {
                failures.push(format!(
                    "{}: expected exit 2 with {reason:?}, got exit {:?}: {stderr}",
                    path.display(),
                    output.status.code()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    checked
}

#[test]
fn reference_fixtures_agree() {
    let checked = check_all(&fixture_dir("parse"));
    assert!(checked >= 60, "only {checked} fixtures");
}

#[test]
fn fixtures_newer_than_the_reference_follow_current_buildkit() {
    assert_eq!(check_all(&fixture_dir("parse-current")), 3);
}
