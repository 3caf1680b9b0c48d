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
