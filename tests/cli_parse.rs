//! `multistage parse` as a user runs it: the three output formats, standard
//! input, and every kind of bad input (exit 2, a message naming the file and
//! the reason, never a panic).

mod common;

use common::multistage;

fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn write_temp(name: &str, bytes: &[u8]) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).expect("write");
    (dir, path)
}

const CHEAT_SHEET: &str = "\
# Stage builder
FROM node:22 AS builder
WORKDIR /app
COPY . .
RUN npm ci && npm run build

FROM node:22-slim
WORKDIR /app
COPY --from=builder /app/dist ./dist
CMD [\"node\", \"dist/index.js\"]
";

#[test]
fn json_has_the_reference_shape() {
    let (_dir, path) = write_temp("Dockerfile", CHEAT_SHEET.as_bytes());
    let output = multistage()
        .args(["parse", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    let commands: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let copy = &commands[6];
    assert_eq!(
        copy,
        &serde_json::json!({
            "cmd": "COPY", "sub_cmd": null, "json": false,
            "original": "COPY --from=builder /app/dist ./dist",
            "start_line": 9, "end_line": 9,
            "flags": ["--from=builder"], "value": ["/app/dist", "./dist"],
            "heredocs": []
        })
    );
    assert_eq!(commands[7]["json"], true);
    assert_eq!(
        commands[7]["value"],
        serde_json::json!(["node", "dist/index.js"])
    );
}

#[test]
fn standard_input_is_read_with_a_dash() {
    let output = multistage()
        .args(["parse", "-", "--format", "dump"])
        .write_stdin("from alpine:3.20 AS Build\nRUN <<EOF\necho hi\nEOF\n")
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "(from \"alpine:3.20\" \"AS\" \"Build\")\n(run \"<<EOF\")\n"
    );
}

#[test]
fn text_format_lists_instructions_with_their_lines() {
    let (_dir, path) = write_temp("Dockerfile", CHEAT_SHEET.as_bytes());
    let output = multistage().arg("parse").arg(&path).output().unwrap();
    assert!(output.status.success());
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        text.contains("      2  FROM \"node:22\" \"AS\" \"builder\""),
        "{text}"
    );
    assert!(
        text.contains("      9  COPY \"--from=builder\" \"/app/dist\" \"./dist\""),
        "{text}"
    );
    assert!(
        text.contains("     10  CMD [\"node\", \"dist/index.js\"]"),
        "{text}"
    );
}

#[test]
fn control_characters_never_reach_the_terminal_raw() {
    let (_dir, path) = write_temp(
        "Dockerfile",
        b"FROM alpine:3.20\nRUN echo \x1b[2J\x07 done\n",
    );
    let output = multistage().arg("parse").arg(&path).output().unwrap();
    assert!(output.status.success());
    assert!(!output.stdout.contains(&0x1b) && !output.stdout.contains(&0x07));
    assert!(String::from_utf8_lossy(&output.stdout).contains("\\x1b[2J\\a done"));
}

#[test]
fn missing_file() {
    let output = multistage()
        .args(["parse", "nulle-part/Dockerfile"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr_of(&output),
        "multistage\u{a0}: nulle-part/Dockerfile\u{a0}: fichier introuvable\n"
    );
}

#[test]
fn directory() {
    let dir = tempfile::tempdir().unwrap();
    let output = multistage().arg("parse").arg(dir.path()).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr_of(&output).contains("c’est un dossier, pas un fichier"));
}

#[test]
fn non_utf8_bytes() {
    let (_dir, path) = write_temp("Dockerfile", b"FROM alpine\nRUN echo caf\xe9\n");
    let output = multistage().arg("parse").arg(&path).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = stderr_of(&output);
    assert!(stderr.contains(&path.display().to_string()), "{stderr}");
    assert!(
        stderr.contains("pas du texte UTF-8 (octet invalide ligne 2, colonne 13)"),
        "{stderr}"
    );
}

#[test]
fn file_over_one_mebibyte() {
    let mut big = b"FROM alpine:3.20\n".to_vec();
    big.resize(1024 * 1024 + 1, b'#');
    let (_dir, path) = write_temp("Dockerfile", &big);
    let output = multistage().arg("parse").arg(&path).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr_of(&output).contains("fichier trop gros (1 Mio au plus)"));
}

#[test]
fn rejected_file_gives_one_line_and_exit_2() {
    let (_dir, path) = write_temp(
        "Dockerfile",
        b"FROM alpine:3.20\nRUN <<EOF\necho never ends\n",
    );
    let output = multistage().arg("parse").arg(&path).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = stderr_of(&output);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("lignes 2-3\u{a0}: BuildKit refuse ce fichier\u{a0}: unterminated heredoc")
    );
    assert!(output.stdout.is_empty());
}

#[test]
fn english_messages() {
    let output = multistage()
        .args(["--lang", "en", "parse", "missing"])
        .output()
        .unwrap();
    assert_eq!(stderr_of(&output), "multistage: missing: no such file\n");
    let output = multistage()
        .env("MULTISTAGE_LANG", "en")
        .args(["parse", "-"])
        .write_stdin("# only a comment\n")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr_of(&output).contains("BuildKit rejects this file: file with no instructions"));
}

#[test]
fn unknown_format_is_a_usage_error() {
    let output = multistage()
        .args(["parse", "-", "--format", "yaml"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
}
