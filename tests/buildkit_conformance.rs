//! BuildKit's own parser fixtures: every positive case must dump exactly as
//! BuildKit's `result`, every negative case must be rejected with exit 2,
//! and the line ranges of `testfile-line` must be BuildKit's.

mod common;

use common::{conformance_dir, multistage, sorted_entries};

#[test]
fn every_positive_fixture_dumps_byte_for_byte() {
    let Some(dir) = conformance_dir("buildkit-parser/testfiles") else {
        return;
    };
    let cases = sorted_entries(&dir);
    assert_eq!(cases.len(), 33, "BuildKit ships 33 positive cases");
    let mut failures = Vec::new();
    for case in &cases {
        let expected = std::fs::read(case.join("result")).expect("result file");
        let output = multistage()
            .args(["parse", "--format", "dump"])
            .arg(case.join("Dockerfile"))
            .output()
            .expect("binary runs");
        if !output.status.success() || output.stdout != expected {
            failures.push(format!(
                "{}:\n--- expected\n{}--- got (exit {:?})\n{}{}",
                case.display(),
                String::from_utf8_lossy(&expected),
                output.status.code(),
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_negative_fixture_is_rejected_with_exit_2() {
    let Some(dir) = conformance_dir("buildkit-parser/testfiles-negative") else {
        return;
    };
    let expected_reasons = [
        ("empty_dockerfile", "file with no instructions"),
        ("env_no_value", "ENV must have two arguments"),
        ("only_comments", "file with no instructions"),
        (
            "shykes-nested-json",
            "when using JSON array syntax, arrays must be comprised of strings only",
        ),
    ];
    for (case, reason) in expected_reasons {
        let output = multistage()
            .args(["parse", "--format", "dump"])
            .arg(dir.join(case).join("Dockerfile"))
            .output()
            .expect("binary runs");
        assert_eq!(output.status.code(), Some(2), "{case} must be rejected");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(
            stderr.lines().count(),
            1,
            "{case}: one-line reason, got {stderr}"
        );
        assert!(stderr.contains(reason), "{case}: {stderr}");
        assert!(output.stdout.is_empty(), "{case}: nothing on stdout");
    }
}

#[test]
fn line_ranges_follow_buildkit() {
    let Some(dir) = conformance_dir("buildkit-parser/testfile-line") else {
        return;
    };
    let output = multistage()
        .args(["parse", "--format", "json"])
        .arg(dir.join("Dockerfile"))
        .output()
        .expect("binary runs");
    assert!(output.status.success());
    let commands: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let ranges: Vec<(u64, u64)> = commands
        .as_array()
        .expect("array")
        .iter()
        .map(|c| {
            (
                c["start_line"].as_u64().unwrap(),
                c["end_line"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(ranges, [(5, 5), (11, 12), (17, 31)]);
}
