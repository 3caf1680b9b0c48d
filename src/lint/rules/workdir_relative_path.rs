//! WorkdirRelativePath: a relative `WORKDIR` as the first `WORKDIR` of a
//! stage and of the stages it is built on: it then depends on the base
//! image's own working directory, which you do not control. (Later ones are
//! relative to a directory this file chose, as BuildKit sees it.) The path
//! is judged as BuildKit's `system.IsAbs` judges it, for the stage's OS:
//! `C:\app` and `\app` are absolute on Windows.

use crate::dockerfile::Keyword;
use crate::graph::{BaseKind, TargetOs};
use crate::lint::{Context, Diagnostic, Message, Origin, Rule, Severity};
use crate::shell::Lexer;

pub static RULE: Rule = Rule {
    code: "WorkdirRelativePath",
    severity: Severity::Warning,
    origin: Origin::BuildkitCheck,
    hadolint: &["DL3000"],
    summary: (
        "Un WORKDIR relatif sans WORKDIR absolu avant lui.",
        "A relative WORKDIR with no absolute WORKDIR before it.",
    ),
    check,
};

/// Absolute for `os`, or still holding a variable nothing in the file
/// defines (then unknown: the base image may set it).
fn is_absolute(path: &str, os: TargetOs) -> bool {
    if path.starts_with('$') {
        return true;
    }
    match os {
        TargetOs::Linux => path.starts_with('/'),
        TargetOs::Windows => is_absolute_on_windows(path),
        // Only a path absolute nowhere is surely relative.
        TargetOs::Unknown => path.starts_with('/') || is_absolute_on_windows(path),
    }
}

/// BuildKit's `IsAbs` for Windows: a drive letter must be `C:` and is
/// dropped, `\` counts as `/`; `C:` alone, `C:app`, other drives and UNC
/// paths are not absolute.
fn is_absolute_on_windows(path: &str) -> bool {
    let slashed = path.replace('\\', "/");
    if slashed.starts_with("//") {
        return false;
    }
    match slashed.split_once(':') {
        None => slashed.starts_with('/'),
        Some((drive, rest)) => drive.eq_ignore_ascii_case("c") && rest.starts_with('/'),
    }
}

/// The absolute path to write instead, in the stage's OS's own form.
fn help(path: &str, written: &str, os: TargetOs, escape: char) -> Message {
    if os != TargetOs::Windows {
        return Message::new(
            format!("Écrivez un chemin absolu\u{a0}: `WORKDIR /{path}`."),
            format!("Write an absolute path: `WORKDIR /{path}`."),
        );
    }
    let rest = path
        .split_once(':')
        .map_or(path, |(_, rest)| rest)
        .trim_start_matches(['/', '\\']);
    if escape == '\\' && written.contains('\\') {
        Message::new(
            format!(
                "Sans la directive `# escape=`` en première ligne, `\\` échappe le caractère qui suit\u{a0}: BuildKit lit `{path}`. Ajoutez-la, ou écrivez `WORKDIR C:/{rest}`."
            ),
            format!(
                "Without the `# escape=`` directive on the first line, `\\` escapes the next character: BuildKit reads `{path}`. Add it, or write `WORKDIR C:/{rest}`."
            ),
        )
    } else {
        Message::new(
            format!("Écrivez un chemin absolu\u{a0}: `WORKDIR C:\\{rest}`."),
            format!("Write an absolute path: `WORKDIR C:\\{rest}`."),
        )
    }
}

fn check(cx: &Context<'_, '_>, out: &mut Vec<Diagnostic>) {
    let Some(graph) = cx.graph() else { return };
    // Per stage: a WORKDIR in it or in a stage it is built on (one pass: bases come first).
    let mut workdir_in_lineage: Vec<bool> = Vec::with_capacity(graph.stages.len());
    for stage in &graph.stages {
        // A WORKDIR anywhere in the stages this one is built on.
        let mut anchored = match stage.base_kind {
            BaseKind::Stage(parent) => workdir_in_lineage.get(parent).copied().unwrap_or(false),
            _ => false,
        };
        let own = stage
            .instructions
            .clone()
            .any(|i| cx.instruction(i).command.kind() == Some(Keyword::Workdir));
        workdir_in_lineage.push(anchored || own);
        for index in stage.instructions.clone() {
            let command = &cx.instruction(index).command;
            if command.kind() != Some(Keyword::Workdir) {
                continue;
            }
            let Some(written) = command.args.first() else {
                continue;
            };
            // BuildKit checks the path once expanded and unquoted.
            let lexer = Lexer {
                skip_unset_env: true,
                ..Lexer::new(cx.dockerfile.escape)
            };
            let values = cx.values_before(stage.index, index);
            let path = lexer
                .process_word(written, values.as_slice())
                .map_or_else(|_| written.to_string(), |expansion| expansion.result);
            if !is_absolute(&path, stage.os) && !anchored {
                out.push(cx.report(
                    &RULE,
                    index,
                    cx.find(index, written),
                    Message::new(
                        format!("`WORKDIR {path}` est relatif\u{a0}: il dépend du répertoire de travail de l’image de base, que vous ne maîtrisez pas."),
                        format!("`WORKDIR {path}` is relative: it depends on the base image's working directory, which you do not control."),
                    ),
                    help(&path, written, stage.os, cx.dockerfile.escape),
                ));
            }
            anchored = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::lines;

    #[test]
    fn relative_before_absolute() {
        let text = "FROM alpine:3.20 AS a\nWORKDIR app\nWORKDIR sub\nFROM a AS b\nWORKDIR other\nFROM alpine:3.20\nWORKDIR /srv\nWORKDIR rel\n";
        assert_eq!(lines("WorkdirRelativePath", text), [2]);
    }

    #[test]
    fn values_are_unquoted_as_buildkit_expands_them() {
        let text = "FROM alpine:3.20\nENV HOME=\"/root\" APP='/srv/app'\nWORKDIR $HOME\nFROM alpine:3.20\nARG DIR=\"/opt\"\nWORKDIR ${DIR}/x\nFROM alpine:3.20\nENV REL=\"app\"\nWORKDIR $REL\n";
        assert_eq!(lines("WorkdirRelativePath", text), [9]);
    }

    #[test]
    fn windows_paths_follow_buildkit_on_windows_stages() {
        let text = "\
# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS a
WORKDIR C:\\app
FROM mcr.microsoft.com/dotnet/sdk:8.0-nanoserver-ltsc2022 AS b
WORKDIR \\src
FROM --platform=windows/amd64 mcr.microsoft.com/powershell:lts AS c
WORKDIR c:/work
FROM a AS d
WORKDIR D:\\data
FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS d
WORKDIR D:\\data
FROM mcr.microsoft.com/windows/nanoserver:ltsc2022 AS e
WORKDIR C:app
";
        assert_eq!(lines("WorkdirRelativePath", text), [11, 13]);
    }

    #[test]
    fn without_escape_directive_a_backslash_escapes_even_on_windows() {
        let text = "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\app\n";
        assert_eq!(lines("WorkdirRelativePath", text), [2]);
        let help = crate::lint::analyze(text, &Default::default())
            .unwrap()
            .diagnostics[0]
            .help
            .clone()
            .unwrap();
        assert!(help.en.contains("BuildKit reads `C:app`"), "{}", help.en);
    }

    #[test]
    fn a_drive_letter_is_relative_on_linux() {
        let text = "FROM alpine:3.20\nWORKDIR C:\\app\n";
        assert_eq!(lines("WorkdirRelativePath", text), [2]);
    }

    #[test]
    fn an_unknown_base_only_flags_what_is_relative_everywhere() {
        let text = "ARG BASE\nFROM $BASE AS a\nWORKDIR C:/app\nFROM $BASE AS b\nWORKDIR app\n";
        assert_eq!(lines("WorkdirRelativePath", text), [5]);
    }
}
