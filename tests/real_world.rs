//! The real-world multi-stage Dockerfiles of `../shared/conformance/real-world/`:
//! the stages each one builds by default are those its README lists (found
//! with BuildKit's own planning code), the one real defect its README names
//! is found (docker/compose's `COPY --from=set`), and no other error-level
//! diagnostic appears.

mod common;

use std::path::Path;

use common::{conformance_dir, multistage, sorted_entries};

/// The stage list after "Built by default…:" in the README's section on `file`.
fn built_by_default(readme: &str, file: &str) -> Vec<String> {
    let section = readme
        .split("\n### ")
        .find(|section| section.starts_with(file))
        .unwrap_or_else(|| panic!("README has no section for {file}"));
    let start = section
        .find("- Built by default")
        .expect("a Built by default line");
    // The bullet and its indented continuation lines.
    let mut bullet = String::new();
    for (i, line) in section[start..].lines().enumerate() {
        if i > 0 && !line.starts_with("  ") {
            break;
        }
        bullet.push_str(line.trim());
        bullet.push(' ');
    }
    let mut list = String::new();
    let mut depth = 0;
    for ch in bullet
        .split_once("):")
        .map_or(&bullet[..], |(_, rest)| rest)
        .chars()
    {
        match ch {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ if depth == 0 => list.push(ch),
            _ => {}
        }
    }
    let list = list.trim_start_matches("- Built by default:");
    let list = list.split_once(". ").map_or(list, |(first, _)| first);
    list.split_whitespace()
        .map(|name| name.trim_end_matches('.').to_string())
        .filter(|name| !name.is_empty())
        .collect()
}

/// Labels of the stages our graph builds, in file order.
fn built(path: &Path, target: Option<&str>) -> Vec<String> {
    let mut command = multistage();
    command.args(["graph", "--format", "json"]).arg(path);
    if let Some(target) = target {
        command.args(["--target", target]);
    }
    let output = command.output().expect("binary runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let graph: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    graph["stages"]
        .as_array()
        .expect("stages")
        .iter()
        .filter(|stage| stage["built"] == true)
        .map(|stage| match stage["name"].as_str() {
            Some(name) => name.to_string(),
            None => format!("stage-{}", stage["index"]),
        })
        .collect()
}

#[test]
fn default_builds_match_buildkit() {
    let Some(dir) = conformance_dir("real-world") else {
        return;
    };
    let readme = std::fs::read_to_string(dir.join("README.md")).expect("README");
    let files: Vec<_> = sorted_entries(&dir)
        .into_iter()
        .filter(|path| path.extension().is_some_and(|e| e == "Dockerfile"))
        .collect();
    assert_eq!(files.len(), 15);
    let mut failures = Vec::new();
    for path in &files {
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let expected = built_by_default(&readme, &file);
        assert!(expected.len() >= 2, "{file}: README list not found");
        if file.starts_with("moby_buildkit") {
            assert_eq!(expected.len(), 19, "the README says 19 of 49 stages");
        }
        let got = built(path, None);
        if got != expected {
            failures.push(format!(
                "{file}:\n  README: {expected:?}\n  ours:   {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn targets_named_in_the_readme() {
    let Some(dir) = conformance_dir("real-world") else {
        return;
    };
    let cases: [(&str, &str, &[&str]); 3] = [
        (
            "docker_compose_root.Dockerfile",
            "test",
            &["xx", "base", "build-base", "test"],
        ),
        (
            "apache_superset_root.Dockerfile",
            "dev",
            &["superset-node", "lean", "dev"],
        ),
        (
            "dockersamples_example-voting-app_vote.Dockerfile",
            "dev",
            &["base", "dev"],
        ),
    ];
    for (file, target, expected) in cases {
        assert_eq!(
            built(&dir.join(file), Some(target)),
            expected,
            "{file} --target {target}"
        );
    }
    let integration = built(
        &dir.join("moby_buildkit_root.Dockerfile"),
        Some("integration-tests"),
    );
    assert_eq!(integration.len(), 31, "{integration:?}");
    for stage in ["minio", "docker-engine", "containerd"] {
        assert!(integration.iter().any(|s| s == stage), "{stage}");
    }
}

#[test]
fn the_only_error_is_the_real_defect() {
    let Some(dir) = conformance_dir("real-world") else {
        return;
    };
    let mut errors = Vec::new();
    for path in sorted_entries(&dir) {
        if path.extension().is_none_or(|e| e != "Dockerfile") {
            continue;
        }
        let output = multistage()
            .args(["--lang", "en", "lint", "--format", "json"])
            .arg(&path)
            .output()
            .expect("binary runs");
        let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let file_errors: Vec<_> = json["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["severity"] == "error")
            .map(|d| {
                (
                    file.clone(),
                    d["line"].as_u64().unwrap(),
                    d["code"].as_str().unwrap().to_string(),
                    d["message"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        let expected_exit = if file_errors.is_empty() { 0 } else { 1 };
        assert_eq!(output.status.code(), Some(expected_exit), "{file}");
        errors.extend(file_errors);
    }
    assert_eq!(errors.len(), 1, "{errors:?}");
    let (file, line, code, message) = &errors[0];
    assert_eq!(
        (file.as_str(), *line, code.as_str()),
        ("docker_compose_root.Dockerfile", 148, "UndefinedStage")
    );
    assert!(message.contains("--from=set"), "{message}");
    assert!(message.contains("docker.io/library/set"), "{message}");
}
