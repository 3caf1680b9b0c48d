//! `multistage graph` and `multistage lint` as a user runs them: outputs,
//! exit codes, an unknown target, colours only when asked, bad input.

mod common;

use common::multistage;

fn write_temp(text: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("Dockerfile");
    std::fs::write(&path, text).expect("write");
    (dir, path)
}

const APP: &str = "\
ARG NODE_VERSION=22
FROM node:${NODE_VERSION} AS builder
WORKDIR /app
RUN npm ci && npm run build

FROM builder AS test
RUN npm test

FROM node:22-slim
COPY --from=builder /app/dist ./dist
CMD [\"node\", \"dist/index.js\"]
";

#[test]
fn graph_json_has_the_spec_shape() {
    let (_dir, path) = write_temp(APP);
    let output = multistage()
        .args(["graph", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(output.status.success());
    let graph: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        graph["stages"][0],
        serde_json::json!({
            "index": 0, "name": "builder", "base": "node:22",
            "base_written": "node:${NODE_VERSION}", "base_kind": "image",
            "start_line": 2, "end_line": 4, "depends_on": [], "built": true
        })
    );
    assert_eq!(graph["stages"][1]["base_kind"], "stage");
    assert_eq!(graph["stages"][1]["built"], false);
    assert_eq!(graph["stages"][2]["depends_on"], serde_json::json!([0]));
    assert_eq!(graph["target"], 2);
}

#[test]
fn graph_text_marks_target_and_skipped_stages_in_words() {
    let (_dir, path) = write_temp(APP);
    let output = multistage().arg("graph").arg(&path).output().unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("1  test  FROM builder  (ignoré)"), "{text}");
    assert!(
        text.contains("2  stage-2  FROM node:22-slim  ★ cible"),
        "{text}"
    );
    assert!(
        text.contains("▶│ ◀ COPY --from=builder /app/dist"),
        "{text}"
    );
    assert!(!text.contains('\x1b'), "no colour when piped");
    let coloured = multistage()
        .args(["--color", "always", "graph"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        String::from_utf8(coloured.stdout)
            .unwrap()
            .contains("\x1b[2m")
    );
}

#[test]
fn graph_for_another_target_and_in_dot() {
    let (_dir, path) = write_temp(APP);
    let output = multistage()
        .args(["graph", "--target", "TEST", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    let graph: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(graph["target"], 1);
    assert_eq!(graph["stages"][2]["built"], false);
    let dot = multistage()
        .args(["graph", "--format", "dot"])
        .arg(&path)
        .output()
        .unwrap();
    let dot = String::from_utf8(dot.stdout).unwrap();
    assert!(dot.starts_with("digraph stages {") && dot.contains("s0 -> s1 [label=\"FROM\"];"));
}

#[test]
fn an_unknown_target_lists_the_stage_names() {
    let (_dir, path) = write_temp(APP);
    let output = multistage()
        .args(["graph", "--target", "tests"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains(
            "aucun stage ne s’appelle «\u{a0}tests\u{a0}». Stages nommés\u{a0}: builder, test"
        ),
        "{stderr}"
    );
}

#[test]
fn build_args_choose_the_base() {
    let (_dir, path) = write_temp(APP);
    let output = multistage()
        .args([
            "graph",
            "--format",
            "json",
            "--build-arg",
            "NODE_VERSION=24",
        ])
        .arg(&path)
        .output()
        .unwrap();
    let graph: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(graph["stages"][0]["base"], "node:24");
    let bad = multistage()
        .args(["graph", "--build-arg", "NODE_VERSION"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
}

const MISTAKES: &str = "\
FROM node:22 AS Builder
RUN npm ci
FROM node:22-slim
COPY --from=buidler /app/dist ./dist
";

#[test]
fn lint_reports_like_a_compiler_and_exits_1_on_errors() {
    let (_dir, path) = write_temp(MISTAKES);
    let output = multistage().arg("lint").arg(&path).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains("avertissement[StageNameCasing · BuildKit]"),
        "{text}"
    );
    assert!(
        text.contains("erreur[UndefinedStage · multistage]"),
        "{text}"
    );
    assert!(text.contains("conseil[UnusedStage · multistage]"), "{text}");
    assert!(
        text.contains("4 │ COPY --from=buidler /app/dist ./dist"),
        "{text}"
    );
    assert!(
        text.contains("│             ━━━━━━━"),
        "marker under the stage name: {text}"
    );
    assert!(
        text.contains("Vouliez-vous écrire `--from=builder`\u{202f}?"),
        "{text}"
    );
    assert!(
        text.ends_with("1 erreur, 1 avertissement, 1 conseil — `docker build --check` en signalerait 1, le reste vient de multistage (`--only buildkit` pour ne voir que les siens).\n"),
        "{text}"
    );
    assert!(!text.contains('\x1b'));
}

#[test]
fn lint_json_is_sorted_by_line_and_translated() {
    let (_dir, path) = write_temp(MISTAKES);
    let output = multistage()
        .args(["--lang", "en", "lint", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let summary: Vec<(&str, &str, &str, u64)> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap(),
                d["severity"].as_str().unwrap(),
                d["origin"].as_str().unwrap(),
                d["line"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("StageNameCasing", "warning", "buildkit-check", 1),
            ("UnusedStage", "info", "multistage", 1),
            ("UndefinedStage", "error", "multistage", 4),
        ]
    );
    assert!(
        json["diagnostics"][2]["message"]
            .as_str()
            .unwrap()
            .starts_with("`--from=buidler`: no stage")
    );
}

/// Codes and severities `lint --format json` reports on `text` with `args`.
fn lint_codes(text: &str, args: &[&str]) -> (Option<i32>, Vec<(String, String)>) {
    let (_dir, path) = write_temp(text);
    let output = multistage()
        .args(["lint", "--format", "json"])
        .args(args)
        .arg(&path)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let codes = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["severity"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    (output.status.code(), codes)
}

#[test]
fn only_buildkit_prints_what_docker_build_check_would() {
    let pairs = |list: &[(&str, &str)]| -> Vec<(String, String)> {
        list.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    };
    // BuildKit has no check for a misspelt --from: it would pull "buidler".
    let (code, found) = lint_codes(MISTAKES, &["--only", "buildkit"]);
    assert_eq!(code, Some(0));
    assert_eq!(found, pairs(&[("StageNameCasing", "warning")]));
    let (code, found) = lint_codes(MISTAKES, &["--only", "multistage"]);
    assert_eq!(code, Some(1));
    assert_eq!(
        found,
        pairs(&[("UnusedStage", "info"), ("UndefinedStage", "error")])
    );
    // A stage BuildKit refuses to copy from is BuildKit's own error.
    let (code, found) = lint_codes(
        "FROM alpine:3.20\nCOPY --from=1 /a /b\nFROM alpine:3.20\n",
        &["--only", "buildkit"],
    );
    assert_eq!(code, Some(1));
    assert_eq!(found, pairs(&[("UndefinedStage", "error")]));
}

#[test]
fn check_error_true_fails_only_on_buildkit_checks() {
    // BuildKit builds this file: an untagged image is our advice, not its check.
    let (code, found) = lint_codes("# check=error=true\nFROM alpine\n", &[]);
    assert_eq!(code, Some(0));
    assert_eq!(
        found,
        [("UntaggedImage".to_string(), "warning".to_string())]
    );
    let (code, found) = lint_codes("# check=error=true\nFROM alpine:3.20 AS Build\n", &[]);
    assert_eq!(code, Some(1));
    assert_eq!(
        found,
        [("StageNameCasing".to_string(), "error".to_string())]
    );
    let (code, found) = lint_codes("# check=error=maybe\nFROM alpine:3.20\n", &[]);
    assert_eq!(code, Some(1));
    assert_eq!(
        found,
        [("InvalidCheckDirective".to_string(), "error".to_string())]
    );
}

#[test]
fn a_clean_file_exits_0() {
    let (_dir, path) = write_temp(
        "FROM golang:1.26 AS build\nRUN go build -o /app .\nFROM scratch\nCOPY --from=build /app /app\nENTRYPOINT [\"/app\"]\n",
    );
    let output = multistage().arg("lint").arg(&path).output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        "✓ Aucun problème trouvé.\n"
    );
}

#[test]
fn a_file_buildkit_rejects_is_an_error_diagnostic() {
    let (_dir, path) = write_temp("FROM alpine:3.20\nRUN <<EOF\nnever ends\n");
    let output = multistage()
        .args(["lint", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["diagnostics"][0]["code"], "SyntaxError");
    assert_eq!(json["diagnostics"][0]["line"], 2);
}

#[test]
fn escape_sequences_in_the_file_are_shown_escaped() {
    let (_dir, path) = write_temp("FROM alpine:3.20 AS \x1b[31mBad\nMAINTAINER \x1b]0;pwned\x07\n");
    let output = multistage().arg("lint").arg(&path).output().unwrap();
    assert!(!output.stdout.contains(&0x1b) && !output.stdout.contains(&0x07));
    assert!(String::from_utf8(output.stdout).unwrap().contains("^["));
}

#[test]
fn unreadable_input_is_exit_2() {
    let output = multistage().args(["lint", "nulle-part"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8(output.stderr)
            .unwrap()
            .contains("fichier introuvable")
    );
    let output = multistage()
        .args(["graph", "-"])
        .write_stdin("ARG A=1\n")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8(output.stderr)
            .unwrap()
            .contains("aucun stage")
    );
}
