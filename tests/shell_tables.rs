//! BuildKit's word-expansion tables (`envVarTest`, `wordsTest`), run against
//! our shell lexer: the rules `FROM ${VERSION}` and heredoc delimiters obey.

mod common;

use common::conformance_dir;
use multistage::shell::Lexer;

fn table(name: &str) -> Option<String> {
    let dir = conformance_dir("buildkit-parser/shell")?;
    Some(std::fs::read_to_string(dir.join(name)).expect("table readable"))
}

#[test]
fn env_var_table() {
    let Some(text) = table("envVarTest") else {
        return;
    };
    let env: Vec<(&str, &str)> = vec![
        ("PWD", "/home"),
        ("SHELL", "bash"),
        ("KOREAN", "한국어"),
        ("NULL", ""),
    ];
    let lexer = Lexer::new('\\');
    let mut checked = 0;
    let mut failures = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.splitn(3, '|').collect();
        let [platform, input, expected] = fields[..] else {
            panic!("malformed line {line}");
        };
        if platform.trim() == "W" {
            continue;
        }
        let (input, expected) = (input.trim(), expected.trim());
        let got = lexer.process_word(input, env.as_slice());
        let agrees = match (&got, expected) {
            (Err(_), "error") => true,
            (Ok(expansion), expected) => expansion.result == expected,
            _ => false,
        };
        if !agrees {
            failures.push(format!("{input:?}: expected {expected:?}, got {got:?}"));
        }
        checked += 1;
    }
    assert!(checked > 200, "only {checked} cases read");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn words_table() {
    let Some(text) = table("wordsTest") else {
        return;
    };
    let mut env: Vec<(String, String)> = Vec::new();
    let lexer = Lexer::new('\\');
    let mut checked = 0;
    let mut failures = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if let Some(assignment) = line.strip_prefix("ENV ") {
            let (key, value) = assignment.split_once('=').expect("ENV k=v");
            env.push((key.to_string(), value.to_string()));
            continue;
        }
        let (input, expected) = line.split_once('|').expect("input|expected");
        let (input, expected) = (input.trim(), expected.trim_start());
        let got = lexer.process_words(input, env.as_slice());
        let agrees = match (&got, expected) {
            (Err(_), "error") => true,
            (Ok(words), expected) => words.join(",") == expected,
            _ => false,
        };
        if !agrees {
            failures.push(format!("{input:?}: expected {expected:?}, got {got:?}"));
        }
        checked += 1;
    }
    assert!(checked >= 24, "only {checked} cases read");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
