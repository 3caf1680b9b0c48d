//! With `--lang en` (or MULTISTAGE_LANG=en), what the commands print is
//! English: no French word, no French typography. A string that exists in
//! one language only shows up here. (The lessons themselves are French.)

mod common;

use std::path::Path;

/// Words and marks that only French text has.
const FRENCH: &[&str] = &[
    // (A no-break space between a number and its unit is English too.)
    "\u{a0}:", "\u{a0}?", "\u{a0}!", "\u{202f}", "«", " :", " le ", " la ", " les ", " des ",
    " une ", " est ", " pas ", " pour ", " dans ", "é", "è", "à ", "ç",
];

fn assert_english(what: &str, text: &str) {
    for word in FRENCH {
        assert!(!text.contains(word), "{what}: French {word:?} in\n{text}");
    }
}

fn english(args: &[&str], dir: &Path, home: &Path) -> String {
    let output = common::multistage()
        .args(args)
        .env("MULTISTAGE_LANG", "en")
        .env("MULTISTAGE_HOME", home)
        .current_dir(dir)
        .output()
        .unwrap();
    let mut text = String::from_utf8_lossy(&output.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&output.stderr));
    text
}

#[test]
fn every_command_speaks_english_when_asked() {
    let temp = tempfile::tempdir().unwrap();
    let home = temp.path().join("home");
    english(&["init", "ws"], temp.path(), &home);
    let ws = temp.path().join("ws");
    let broken = temp.path().join("broken.Dockerfile");
    std::fs::write(
        &broken,
        "from node:22 as Build\nCOPY --from=buidl /a /b\nRUN\n",
    )
    .unwrap();
    let broken = broken.to_str().unwrap();
    let mut cases: Vec<Vec<&str>> = vec![
        vec!["--help"],
        vec!["check", "01"],
        vec!["check", "07"],
        vec!["check", "--all"],
        vec!["check", "03", "--format", "json"],
        vec!["hint", "01"],
        vec!["hint", "01"],
        vec!["lint", broken],
        vec!["graph", broken],
        vec!["report", "."],
        vec!["reset", "--all"],
        vec!["check", "zzz"],
        vec!["solution", "04"],
    ];
    let subcommands = [
        "parse", "graph", "lint", "lesson", "fiche", "check", "exercise", "list", "hint",
        "solution", "reset", "init", "pack", "report", "progress",
    ];
    for name in subcommands {
        cases.push(vec![name, "--help"]);
    }
    for case in cases {
        let text = english(&case, &ws, &home);
        assert!(!text.trim().is_empty(), "{case:?} printed nothing");
        assert_english(&format!("{case:?}"), &text);
    }
    // Every exercise's checks and details in English.
    for id in 1..=12 {
        let id = format!("{id:02}");
        let start = english(&["check", &id], &ws, &home);
        assert_english(&format!("check {id}"), &start);
    }
}
