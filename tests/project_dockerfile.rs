//! The project's own Dockerfile, a multi-stage build of `multistage`: the
//! checker finds nothing in it, and it copies everything the binary embeds.

mod common;

use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn lint_finds_nothing_in_our_own_dockerfile() {
    let output = common::multistage()
        .args(["lint", "Dockerfile", "--format", "json"])
        .current_dir(root())
        .assert()
        .success();
    let json: serde_json::Value = serde_json::from_slice(&output.get_output().stdout).unwrap();
    assert_eq!(json["diagnostics"], serde_json::json!([]));
}

/// Every file the binary embeds (`include_str!`, `include_dir!`) is under a
/// path the build stage copies, or `docker build` would fail.
#[test]
fn the_build_stage_copies_everything_the_binary_embeds() {
    let dockerfile = std::fs::read_to_string(root().join("Dockerfile")).unwrap();
    let copied: Vec<&str> = dockerfile
        .lines()
        .filter_map(|line| line.strip_prefix("COPY "))
        .filter(|rest| !rest.starts_with("--from"))
        .flat_map(|rest| {
            let words: Vec<&str> = rest.split_whitespace().collect();
            words[..words.len() - 1].to_vec()
        })
        .collect();
    let mut embedded = Vec::new();
    let mut stack = vec![root().join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().map(Result::unwrap) {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for piece in text.split("include_").skip(1) {
                    let Some(quoted) = piece.split('"').nth(1) else {
                        continue;
                    };
                    let target = if let Some(rest) = quoted.strip_prefix("$CARGO_MANIFEST_DIR/") {
                        root().join(rest)
                    } else {
                        path.parent().unwrap().join(quoted)
                    };
                    if let Ok(target) = target.canonicalize() {
                        embedded.push(target);
                    }
                }
            }
        }
    }
    assert!(embedded.len() > 5, "{embedded:?}");
    let root = root().canonicalize().unwrap();
    for file in embedded {
        let relative = file
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        assert!(
            copied
                .iter()
                .any(|source| relative.starts_with(source.trim_end_matches('/'))),
            "{relative} is embedded but not copied by the Dockerfile ({copied:?})"
        );
    }
}
