//! WorkdirRelativePath: a relative `WORKDIR` as the first `WORKDIR` of a
//! stage and of the stages it is built on: it then depends on the base
//! image's own working directory, which you do not control. (Later ones are
//! relative to a directory this file chose, as BuildKit sees it.)

use crate::dockerfile::Keyword;
use crate::graph::BaseKind;
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

/// Absolute, or still holding a variable nothing defines here (then unknown).
fn is_absolute(path: &str) -> bool {
    path.starts_with('/') || path.starts_with('$')
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
            if !is_absolute(&path) && !anchored {
                out.push(cx.report(
                    &RULE,
                    index,
                    cx.find(index, written),
                    Message::new(
                        format!("`WORKDIR {path}` est relatif\u{a0}: il dépend du répertoire de travail de l’image de base, que vous ne maîtrisez pas."),
                        format!("`WORKDIR {path}` is relative: it depends on the base image's working directory, which you do not control."),
                    ),
                    Message::new(format!("Écrivez un chemin absolu\u{a0}: `WORKDIR /{path}`."), format!("Write an absolute path: `WORKDIR /{path}`.")),
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
}
