//! InvalidFlag: a flag BuildKit refuses — unknown (`COPY --form=builder`,
//! `RUN --mout=…`), without the value it needs (`COPY --from builder`),
//! repeated, or a `--mount` option it does not know. BuildKit stops the
//! build on it before anything runs; its own words are kept in the message
//! for searching, with "did you mean" the flag it expected.

use crate::dockerfile::{Command, Keyword};
use crate::graph::mount_fields;
use crate::lint::suggest::closest;
use crate::lint::{Context, Diagnostic, Message, Origin, Rule, Severity};
use crate::safe_text::escape_controls;

pub static RULE: Rule = Rule {
    code: "InvalidFlag",
    severity: Severity::Error,
    origin: Origin::BuildkitError,
    hadolint: &[],
    summary: (
        "Une option (`--…`) que BuildKit refuse.",
        "A flag (`--…`) BuildKit refuses.",
    ),
    check,
};

/// How BuildKit reads a flag's value.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// `--link` or `--link=true|false`.
    Bool,
    /// `--from=x`, once.
    Text,
    /// `--mount=…`, as many times as needed.
    Repeated,
}

/// The flags each instruction takes, from BuildKit's `instructions/parse.go`
/// and its `RUN` hooks. `ARG` and `STOPSIGNAL` never read theirs, nor
/// `HEALTHCHECK NONE`, so they are left out.
fn flags_of(keyword: Keyword) -> Option<&'static [(&'static str, Kind)]> {
    use Kind::{Bool, Repeated, Text};
    Some(match keyword {
        Keyword::Add => &[
            ("chown", Text),
            ("chmod", Text),
            ("link", Bool),
            ("keep-git-dir", Bool),
            ("checksum", Text),
            ("unpack", Bool),
            ("exclude", Repeated),
        ],
        Keyword::Copy => &[
            ("chown", Text),
            ("from", Text),
            ("chmod", Text),
            ("link", Bool),
            ("exclude", Repeated),
            ("parents", Bool),
        ],
        Keyword::From => &[("platform", Text)],
        Keyword::Run => &[
            ("mount", Repeated),
            ("network", Text),
            ("security", Text),
            ("device", Repeated),
        ],
        Keyword::Healthcheck => &[
            ("interval", Text),
            ("timeout", Text),
            ("start-period", Text),
            ("start-interval", Text),
            ("retries", Text),
        ],
        Keyword::Arg | Keyword::Stopsignal => return None,
        _ => &[],
    })
}

/// The `--mount` keys BuildKit knows, and its mount types.
const MOUNT_KEYS: &[&str] = &[
    "type",
    "from",
    "source",
    "target",
    "readonly",
    "id",
    "sharing",
    "required",
    "size",
    "mode",
    "uid",
    "gid",
    "src",
    "dst",
    "destination",
    "ro",
    "rw",
    "readwrite",
    "env",
];
const MOUNT_TYPES: &[&str] = &["bind", "cache", "tmpfs", "secret", "ssh"];
/// Keys that may stand alone, without `=value`.
const MOUNT_SWITCHES: &[&str] = &["readonly", "ro", "readwrite", "rw", "required"];

/// What is wrong: BuildKit's words, and the flag or key it expected.
struct Problem {
    buildkit: String,
    /// What was written, to underline.
    written: String,
    suggestion: Option<String>,
    /// The flags this instruction takes, for a help without suggestion.
    known: Vec<&'static str>,
}

/// The first flag BuildKit's `BFlags.Parse` refuses.
fn flag_problem(command: &Command<'_>, known: &[(&'static str, Kind)]) -> Option<Problem> {
    let names: Vec<&'static str> = known.iter().map(|(name, _)| *name).collect();
    let mut used: Vec<&str> = Vec::new();
    for flag in &command.flags {
        if flag.as_ref() == "--" {
            break;
        }
        let (flag_name, value) = match flag.split_once('=') {
            Some((name, value)) => (name, Some(value)),
            None => (flag.as_ref(), None),
        };
        let name = flag_name.strip_prefix("--").unwrap_or(flag_name);
        let problem = |buildkit: String, suggestion: Option<String>| {
            Some(Problem {
                buildkit,
                written: flag.to_string(),
                suggestion,
                known: names.clone(),
            })
        };
        let Some(&(_, kind)) = known.iter().find(|(known, _)| *known == name) else {
            let suggestion = closest(name, names.iter().copied()).map(|n| format!("--{n}"));
            return problem(format!("unknown flag: {flag_name}"), suggestion);
        };
        if used.contains(&name) && kind != Kind::Repeated {
            return problem(format!("duplicate flag specified: {flag_name}"), None);
        }
        used.push(name);
        match (kind, value) {
            (Kind::Bool, Some("")) | (Kind::Text | Kind::Repeated, None) => {
                return problem(
                    format!("missing a value on flag: {flag_name}"),
                    Some(format!("{flag_name}=…")),
                );
            }
            (Kind::Bool, Some(value))
                if !matches!(value.to_ascii_lowercase().as_str(), "true" | "false") =>
            {
                return problem(
                    format!("expecting boolean value for flag {flag_name}, not: {value}"),
                    None,
                );
            }
            _ => {}
        }
    }
    None
}

/// The first `--mount` option BuildKit's `parseMount` refuses.
fn mount_problem(command: &Command<'_>) -> Option<Problem> {
    for mount in command
        .flags
        .iter()
        .filter_map(|flag| flag.strip_prefix("--mount="))
    {
        let mut mount_type = "bind".to_string();
        for field in mount_fields(mount) {
            let problem = |buildkit: String, suggestion: Option<String>| {
                Some(Problem {
                    buildkit,
                    written: field.clone(),
                    suggestion,
                    known: MOUNT_KEYS.to_vec(),
                })
            };
            let Some((key, value)) = field.split_once('=') else {
                let key = field.to_lowercase();
                if key == "required" && !matches!(mount_type.as_str(), "secret" | "ssh") {
                    return problem(
                        format!("unexpected key '{key}' for mount type '{mount_type}'"),
                        None,
                    );
                }
                if MOUNT_SWITCHES.contains(&key.as_str()) {
                    continue;
                }
                return problem(
                    format!("invalid field '{field}' must be a key=value pair"),
                    None,
                );
            };
            let key = key.to_lowercase();
            match key.as_str() {
                // A variable is expanded first; its value is not known here.
                "type" if !value.contains('$') => {
                    let lower = value.to_lowercase();
                    if !MOUNT_TYPES.contains(&lower.as_str()) {
                        return problem(
                            format!("unsupported mount type {value:?}"),
                            closest(value, MOUNT_TYPES.iter().copied())
                                .map(|t| format!("type={t}")),
                        );
                    }
                    mount_type = lower;
                }
                "required" if !matches!(mount_type.as_str(), "secret" | "ssh") => {
                    return problem(
                        format!("unexpected key '{key}' for mount type '{mount_type}'"),
                        None,
                    );
                }
                "size" if mount_type != "tmpfs" => {
                    return problem(
                        format!("unexpected key '{key}' for mount type '{mount_type}'"),
                        None,
                    );
                }
                known if MOUNT_KEYS.contains(&known) => {}
                _ => {
                    return problem(
                        format!("unexpected key '{key}' in '{field}'"),
                        closest(&key, MOUNT_KEYS.iter().copied()).map(|k| format!("{k}=")),
                    );
                }
            }
        }
    }
    None
}

fn check(cx: &Context<'_, '_>, out: &mut Vec<Diagnostic>) {
    for (index, instruction) in cx.dockerfile.instructions.iter().enumerate() {
        let command = &instruction.command;
        let Some(keyword) = command.kind().filter(|_| !command.flags.is_empty()) else {
            continue;
        };
        let Some(known) = flags_of(keyword) else {
            continue;
        };
        let healthcheck_none = keyword == Keyword::Healthcheck
            && command
                .args
                .first()
                .is_some_and(|kind| kind.eq_ignore_ascii_case("none"));
        if healthcheck_none {
            continue;
        }
        let Some(problem) = flag_problem(command, known).or_else(|| {
            (keyword == Keyword::Run)
                .then(|| mount_problem(command))
                .flatten()
        }) else {
            continue;
        };
        out.push(report(cx, index, keyword, &problem));
    }
}

fn report(cx: &Context<'_, '_>, index: usize, keyword: Keyword, problem: &Problem) -> Diagnostic {
    let words = escape_controls(&problem.buildkit).into_owned();
    let instruction = keyword.name();
    let help = match &problem.suggestion {
        Some(suggestion) => {
            let suggestion = escape_controls(suggestion).into_owned();
            Message::new(
                format!("Vouliez-vous écrire `{suggestion}`\u{202f}?"),
                format!("Did you mean `{suggestion}`?"),
            )
        }
        None if problem.known.is_empty() => Message::new(
            format!("`{instruction}` ne prend aucune option\u{a0}: retirez-la."),
            format!("`{instruction}` takes no flag: remove it."),
        ),
        None => {
            let list = problem
                .known
                .iter()
                .map(|name| format!("`{name}`"))
                .collect::<Vec<_>>()
                .join(", ");
            Message::new(
                format!("Ce que BuildKit accepte ici\u{a0}: {list}."),
                format!("What BuildKit accepts here: {list}."),
            )
        }
    };
    cx.report(
        &RULE,
        index,
        cx.find(index, &problem.written),
        Message::new(
            format!("BuildKit refuse cette option de `{instruction}` et arrête le build («\u{a0}{words}\u{a0}»)."),
            format!("BuildKit refuses this `{instruction}` flag and stops the build (“{words}”)."),
        ),
        help,
    )
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::{lines, messages};

    fn help(text: &str) -> String {
        crate::lint::analyze(text, &Default::default())
            .unwrap()
            .diagnostics
            .into_iter()
            .find(|d| d.code == "InvalidFlag")
            .and_then(|d| d.help)
            .map(|help| help.en)
            .unwrap_or_default()
    }

    #[test]
    fn misspelt_flags_get_buildkits_words_and_a_suggestion() {
        let text = "FROM alpine:3.20 AS builder\nFROM alpine:3.20\nCOPY --form=builder /a /b\n";
        assert_eq!(lines("InvalidFlag", text), [3]);
        assert!(messages("InvalidFlag", text)[0].contains("unknown flag: --form"));
        assert_eq!(help(text), "Did you mean `--from`?");
        assert_eq!(
            help("FROM alpine:3.20\nCOPY --chwon=1:1 a b\n"),
            "Did you mean `--chown`?"
        );
        assert_eq!(
            help("FROM alpine:3.20\nRUN --mout=type=cache,target=/x true\n"),
            "Did you mean `--mount`?"
        );
    }

    #[test]
    fn a_flag_without_its_value_is_named() {
        let text = "FROM alpine:3.20 AS builder\nFROM alpine:3.20\nCOPY --from builder /a /b\n";
        assert_eq!(lines("InvalidFlag", text), [3]);
        assert!(messages("InvalidFlag", text)[0].contains("missing a value on flag: --from"));
        // Not an empty stage name.
        assert!(lines("UndefinedStage", text).is_empty());
    }

    #[test]
    fn duplicates_booleans_and_flagless_instructions() {
        for text in [
            "FROM alpine:3.20\nCOPY --chown=1 --chown=2 a b\n",
            "FROM alpine:3.20\nCOPY --link=yes a b\n",
            "FROM alpine:3.20\nCOPY --link= a b\n",
            "FROM alpine:3.20\nWORKDIR --parents /app\n",
            "FROM --platfrom=linux/amd64 alpine:3.20\n",
            "FROM alpine:3.20\nHEALTHCHECK --intervall=5s CMD true\n",
        ] {
            assert_eq!(lines("InvalidFlag", text).len(), 1, "{text}");
        }
    }

    #[test]
    fn mount_options_as_buildkit_reads_them() {
        for (text, words) in [
            (
                "FROM alpine:3.20\nRUN --mount=type=cache,tagret=/x true\n",
                "unexpected key 'tagret' in 'tagret=/x'",
            ),
            (
                "FROM alpine:3.20\nRUN --mount=type=cahce,target=/x true\n",
                "unsupported mount type \"cahce\"",
            ),
            (
                "FROM alpine:3.20\nRUN --mount=type=cache,target /x true\n",
                "invalid field 'target' must be a key=value pair",
            ),
            (
                "FROM alpine:3.20\nRUN --mount=type=cache,target=/x,required true\n",
                "unexpected key 'required' for mount type 'cache'",
            ),
        ] {
            let found = messages("InvalidFlag", text);
            assert_eq!(found.len(), 1, "{text}");
            assert!(found[0].contains(words), "{text}: {}", found[0]);
        }
    }

    #[test]
    fn what_buildkit_accepts() {
        for text in [
            "FROM --platform=$BUILDPLATFORM alpine:3.20 AS b\nRUN --mount=type=cache,target=/root/.cache,sharing=locked --network=none true\n",
            "FROM alpine:3.20\nCOPY --from=b --chown=1:1 --chmod=755 --link --exclude=*.md --exclude=*.txt a b\n",
            "FROM alpine:3.20\nADD --checksum=sha256:abc --keep-git-dir=true https://x/y.git /y\n",
            "FROM alpine:3.20\nRUN --mount=type=secret,id=token,required true\n",
            "FROM alpine:3.20\nRUN --mount=type=bind,ro,source=a,target=/a true\n",
            "FROM alpine:3.20\nARG --anything=goes\nSTOPSIGNAL --also SIGTERM\nHEALTHCHECK --whatever NONE\n",
            "FROM alpine:3.20\nCOPY --from= a b\n",
        ] {
            assert!(lines("InvalidFlag", text).is_empty(), "{text}");
        }
    }
}
