//! InvalidImageName: a `FROM` naming, as written, an image Docker cannot
//! name (`FROM REPLACE-ME`, `FROM node:`). BuildKit stops the build with
//! "invalid reference format". A name built from ARGs is InvalidDefaultArgInFrom's
//! business (a `--build-arg` may fill it in), and a stage missed by its case
//! UndefinedStage's.

use super::undefined_stage::missed_stage;
use crate::graph::BaseKind;
use crate::image_ref::{ImageRef, RefError};
use crate::lint::{Context, Diagnostic, Message, Origin, Rule, Severity};
use crate::safe_text::escape_controls;

pub static RULE: Rule = Rule {
    code: "InvalidImageName",
    severity: Severity::Error,
    origin: Origin::BuildkitError,
    hadolint: &[],
    summary: (
        "Un FROM dont le nom d’image est invalide.",
        "A FROM whose image name is invalid.",
    ),
    check,
};

fn check(cx: &Context<'_, '_>, out: &mut Vec<Diagnostic>) {
    let Some(graph) = cx.graph() else { return };
    for stage in &graph.stages {
        if stage.base_kind != BaseKind::Image
            || stage.base_written.contains('$')
            || missed_stage(graph, stage).is_some()
        {
            continue;
        }
        let Err(error) = ImageRef::parse(&stage.base) else {
            continue;
        };
        let words = match error {
            RefError::UpperCase => "invalid reference format: repository name must be lowercase",
            RefError::Empty | RefError::Invalid => "invalid reference format",
        };
        let base = escape_controls(&stage.base).into_owned();
        let from = stage.instructions.start;
        out.push(cx.report(
            &RULE,
            from,
            cx.find(from, &stage.base_written),
            Message::new(
                format!("«\u{a0}{base}\u{a0}» n’est pas un nom d’image\u{a0}: BuildKit refuse le build («\u{a0}{words}\u{a0}»)."),
                format!("“{base}” is not an image name: BuildKit fails the build (“{words}”)."),
            ),
            Message::new(
                "Un nom d’image s’écrit en minuscules, avec un tag\u{a0}: `node:22-slim`, `ghcr.io/org/outil:1.2`.",
                "An image name is written in lower case, with a tag: `node:22-slim`, `ghcr.io/org/tool:1.2`.",
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::{lines, messages};

    #[test]
    fn literal_names_docker_refuses() {
        let text = "FROM REPLACE-ME\nFROM node:\nFROM alpine:3.20 AS builder\nFROM Builder\nARG BASE\nFROM $BASE\n";
        assert_eq!(lines("InvalidImageName", text), [1, 2]);
        assert!(
            messages("InvalidImageName", text)[0].contains("repository name must be lowercase")
        );
    }
}
