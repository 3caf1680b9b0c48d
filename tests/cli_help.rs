//! `--help` reads in the interface language from its first line to its last,
//! for every command: no English heading or clap annotation left in French.

use assert_cmd::Command;

fn help(args: &[&str]) -> String {
    let output = Command::cargo_bin("multistage")
        .unwrap()
        .args(args)
        .env_remove("MULTISTAGE_LANG")
        .env("MULTISTAGE_HOME", env!("CARGO_TARGET_TMPDIR"))
        .output()
        .unwrap();
    assert!(output.status.success(), "{args:?}");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn every_command_helps_in_french() {
    for command in [
        &[][..],
        &["parse"],
        &["graph"],
        &["lint"],
        &["lesson"],
        &["fiche"],
        &["check"],
        &["list"],
        &["exercise"],
        &["hint"],
        &["solution"],
        &["reset"],
        &["init"],
        &["completions"],
        &["man"],
    ] {
        let mut args = command.to_vec();
        args.push("--help");
        let text = help(&args);
        assert!(
            text.contains("Utilisation\u{a0}: multistage"),
            "{args:?}\n{text}"
        );
        for heading in ["Options", "Arguments", "Commandes"] {
            assert!(
                !text.contains(&format!("{heading}:")),
                "{args:?}: {heading} without a no-break space\n{text}"
            );
        }
        for english in ["Usage:", "[possible values", "[default", "Print this help"] {
            assert!(!text.contains(english), "{args:?} says {english:?}\n{text}");
        }
    }
}

#[test]
fn and_in_english_when_asked() {
    let text = help(&["graph", "--help", "--lang", "en"]);
    assert!(text.contains("Usage: multistage graph"), "{text}");
    assert!(text.contains("text (boxes and arrows), json, dot (Graphviz); default: text"));
}

fn run(args: &[&str]) -> std::process::Output {
    Command::cargo_bin("multistage")
        .unwrap()
        .args(args)
        .env_remove("MULTISTAGE_LANG")
        .env("MULTISTAGE_HOME", env!("CARGO_TARGET_TMPDIR"))
        .output()
        .unwrap()
}

#[test]
fn mistakes_on_the_command_line_are_told_in_french() {
    let cases: [(&[&str], &[&str]); 5] = [
        (
            &["chek", "01"],
            &[
                "commande inconnue «\u{a0}chek\u{a0}»",
                "Vouliez-vous dire «\u{a0}check\u{a0}»\u{202f}?",
            ],
        ),
        (
            &["pack", "new"],
            &[
                "il manque un argument\u{a0}: <DOSSIER>",
                "Utilisation\u{a0}: multistage pack new",
            ],
        ),
        (
            &["--lang", "de"],
            &[
                "valeur «\u{a0}de\u{a0}» non valide",
                "Valeurs possibles\u{a0}: fr, en",
            ],
        ),
        (
            &["check", "--formt", "json"],
            &[
                "argument inattendu «\u{a0}--formt\u{a0}»",
                "«\u{a0}--format\u{a0}»",
            ],
        ),
        (&["pack"], &["il manque une commande", "check, new, guide"]),
    ];
    for (args, expected) in cases {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let text = String::from_utf8(output.stderr).unwrap();
        for part in expected {
            assert!(text.contains(part), "{args:?}: no {part:?} in\n{text}");
        }
        for english in ["error:", "Usage:", "tip:", "For more information"] {
            assert!(!text.contains(english), "{args:?} says {english:?}\n{text}");
        }
    }
    let english = run(&["--lang", "en", "chek"]);
    let text = String::from_utf8(english.stderr).unwrap();
    assert!(text.contains("unrecognized subcommand 'chek'"), "{text}");
}

#[test]
fn completion_scripts_come_from_the_grammar() {
    let bash = run(&["completions", "bash"]);
    assert!(bash.status.success());
    let script = String::from_utf8(bash.stdout).unwrap();
    for word in ["_multistage()", "check", "report", "--pack", "completions"] {
        assert!(script.contains(word), "bash script lacks {word}");
    }
    // The script is one bash accepts.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("multistage.bash");
    std::fs::write(&file, &script).unwrap();
    let syntax = std::process::Command::new("bash")
        .arg("-n")
        .arg(&file)
        .status()
        .unwrap();
    assert!(syntax.success(), "bash -n rejects the script");
    for (shell, start) in [
        ("zsh", "#compdef multistage"),
        ("fish", "complete -c multistage"),
        ("elvish", "edit:completion:arg-completer[multistage]"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let output = run(&["completions", shell]);
        let script = String::from_utf8(output.stdout).unwrap();
        assert!(script.contains(start), "{shell}: {script:.200}");
    }
    assert_eq!(run(&["completions", "tcsh"]).status.code(), Some(2));
}

#[test]
fn the_manual_page_is_roff_in_the_interface_language() {
    let page = String::from_utf8(run(&["man"]).stdout).unwrap();
    assert!(page.contains(".TH multistage 1"), "{page:.300}");
    assert!(page.contains("vérificateur de stages"), "{page:.600}");
    assert!(
        page.contains("multistage\\-check(1)") || page.contains("check"),
        "{page}"
    );
    let english = String::from_utf8(run(&["man", "--lang", "en"]).stdout).unwrap();
    assert!(english.contains("with a stage checker"), "{english:.600}");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("man1");
    let written = run(&["man", "--dir", out.to_str().unwrap()]);
    assert!(written.status.success());
    for page in [
        "multistage.1",
        "multistage-check.1",
        "multistage-pack-new.1",
    ] {
        assert!(out.join(page).is_file(), "no {page}");
    }
}
