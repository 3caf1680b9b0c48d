//! InvalidStageName: a stage name BuildKit refuses (it must match
//! `^[a-z][a-z0-9-_.]*$` once lower-cased), or a `FROM` that is neither
//! `FROM image` nor `FROM image AS name`.

use crate::dockerfile::Keyword;
use crate::lint::{Context, Diagnostic, Message, Origin, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "InvalidStageName",
    severity: Severity::Error,
    origin: Origin::BuildkitError,
    hadolint: &[],
    summary: (
        "Un nom de stage que BuildKit refuse, ou un FROM mal formé.",
        "A stage name BuildKit refuses, or a malformed FROM.",
    ),
    check,
};

/// BuildKit's stage name pattern, on the lower-cased name.
pub(crate) fn is_valid_stage_name(name: &str) -> bool {
    let lower = name.to_lowercase();
    let mut chars = lower.chars();
    chars.next().is_some_and(|first| first.is_ascii_lowercase())
        && chars.all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || "-_.".contains(ch))
}

fn check(cx: &Context<'_, '_>, out: &mut Vec<Diagnostic>) {
    for (index, instruction) in cx.dockerfile.instructions.iter().enumerate() {
        if instruction.command.kind() != Some(Keyword::From) {
            continue;
        }
        let args = &instruction.command.args;
        let shape_ok = args.len() == 1 || (args.len() == 3 && args[1].eq_ignore_ascii_case("as"));
        if !shape_ok {
            let (fr, en) = match args.len() {
                0 => ("`FROM` sans image", "`FROM` without an image"),
                2 if args[1].eq_ignore_ascii_case("as") => {
                    ("`AS` sans nom de stage", "`AS` without a stage name")
                }
                _ => ("`FROM` mal formé", "malformed `FROM`"),
            };
            out.push(cx.report(
                &RULE,
                index,
                cx.first_line(index),
                Message::new(
                    format!("{fr}\u{a0}: BuildKit attend `FROM image` ou `FROM image AS nom` et refusera le fichier."),
                    format!("{en}: BuildKit expects `FROM image` or `FROM image AS name` and will reject the file."),
                ),
                Message::new(
                    "Écrivez par exemple `FROM node:22 AS builder`.",
                    "Write for instance `FROM node:22 AS builder`.",
                ),
            ));
            continue;
        }
        if args.len() == 3 && !is_valid_stage_name(&args[2]) {
            let name = crate::safe_text::escape_controls(&args[2]).into_owned();
            out.push(cx.report(
                &RULE,
                index,
                cx.find_last(index, &args[2]),
                Message::new(
                    format!("«\u{a0}{name}\u{a0}» n’est pas un nom de stage valide\u{a0}: il doit commencer par une lettre et ne contenir que des lettres, des chiffres, `-`, `_` ou `.`."),
                    format!("“{name}” is not a valid stage name: it must start with a letter and hold only letters, digits, `-`, `_` or `.`."),
                ),
                Message::new(
                    "Choisissez un nom qui dit le rôle du stage\u{a0}: `builder`, `deps`, `test`, `runtime`…",
                    "Pick a name that says what the stage is for: `builder`, `deps`, `test`, `runtime`…",
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_valid_stage_name;
    use crate::lint::testing::lines;

    #[test]
    fn names_follow_buildkits_pattern() {
        for good in ["builder", "build_stage.v2-x", "Builder", "a"] {
            assert!(is_valid_stage_name(good), "{good}");
        }
        for bad in ["1st", "my/stage", "-x", "", "été"] {
            assert!(!is_valid_stage_name(bad), "{bad}");
        }
    }

    #[test]
    fn fires_on_bad_names_and_shapes() {
        let text = "FROM alpine:3.20 AS 1st\nFROM alpine:3.20 AS\nFROM a b c d\nFROM alpine:3.20 AS ok\nFROM\n";
        assert_eq!(lines("InvalidStageName", text), [1, 2, 3, 5]);
    }
}
