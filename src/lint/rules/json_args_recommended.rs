//! JSONArgsRecommended: `CMD` or `ENTRYPOINT` in shell form. The program
//! then runs under `/bin/sh -c`, which does not pass on stop signals (and
//! does not exist in `scratch` or distroless runtimes). Not reported when
//! the stage, or a stage it is built on, sets `SHELL` on purpose.

use crate::dockerfile::Keyword;
use crate::graph::BaseKind;
use crate::lint::{Context, Diagnostic, Message, Origin, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "JSONArgsRecommended",
    severity: Severity::Warning,
    origin: Origin::BuildkitCheck,
    hadolint: &["DL3025"],
    summary: (
        "CMD ou ENTRYPOINT en forme shell plutôt qu’en JSON.",
        "CMD or ENTRYPOINT in shell form rather than JSON.",
    ),
    check,
};

fn check(cx: &Context<'_, '_>, out: &mut Vec<Diagnostic>) {
    let Some(graph) = cx.graph() else { return };
    let is_shell = |i: usize| cx.instruction(i).command.kind() == Some(Keyword::Shell);
    // Per stage: a SHELL in it or in a stage it is built on. Bases are
    // earlier stages, so one pass in order suffices (a lineage walk per stage
    // would be quadratic on long FROM chains).
    let mut shell_in_lineage: Vec<bool> = Vec::with_capacity(graph.stages.len());
    for stage in &graph.stages {
        // A SHELL in a stage this one is built on, or above in this stage, is deliberate.
        let mut shell_set = match stage.base_kind {
            BaseKind::Stage(parent) => shell_in_lineage.get(parent).copied().unwrap_or(false),
            _ => false,
        };
        shell_in_lineage.push(shell_set || stage.instructions.clone().any(is_shell));
        for index in stage.instructions.clone() {
            shell_set |= is_shell(index);
            if shell_set {
                continue;
            }
            let command = &cx.instruction(index).command;
            let name = match command.kind() {
                Some(Keyword::Cmd) => "CMD",
                Some(Keyword::Entrypoint) => "ENTRYPOINT",
                _ => continue,
            };
            if command.json || command.args.is_empty() {
                continue;
            }
            let words: Vec<String> = command
                .args
                .first()
                .map(|line| {
                    line.split_whitespace()
                        .map(|w| format!("\"{w}\""))
                        .collect()
                })
                .unwrap_or_default();
            out.push(cx.report(
                &RULE,
                index,
                cx.first_line(index),
                Message::new(
                    format!("`{name}` en forme shell\u{a0}: le programme tourne sous `/bin/sh -c`, qui ne lui transmet pas les signaux d’arrêt (et n’existe pas dans une image `scratch` ou distroless)."),
                    format!("`{name}` in shell form: the program runs under `/bin/sh -c`, which does not pass stop signals on (and does not exist in a `scratch` or distroless image)."),
                ),
                Message::new(
                    format!("Écrivez-le en forme JSON (exec)\u{a0}: `{name} [{}]`.", words.join(", ")),
                    format!("Write it in JSON (exec) form: `{name} [{}]`.", words.join(", ")),
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::lines;

    #[test]
    fn shell_form_fires_json_does_not() {
        let text = "FROM node:22-slim\nCMD node server.js\nENTRYPOINT [\"tini\", \"--\"]\nENTRYPOINT /app/run\n";
        assert_eq!(lines("JSONArgsRecommended", text), [2, 4]);
    }

    #[test]
    fn a_shell_set_in_the_stage_or_a_parent_is_respected() {
        let text = "FROM alpine:3.20 AS base\nSHELL [\"/bin/ash\", \"-eo\", \"pipefail\", \"-c\"]\nFROM base\nCMD run-it\n";
        assert!(lines("JSONArgsRecommended", text).is_empty());
    }
}
