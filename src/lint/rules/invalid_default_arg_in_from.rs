//! InvalidDefaultArgInFrom: a `FROM` whose image name, with the global ARGs'
//! default values, is empty or invalid (`ARG VERSION` without a value, then
//! `FROM busybox:$VERSION`). The build fails unless `--build-arg` fills in.
//! BuildKit checks every stage's base this way, ARG or not: a literal name
//! it refuses (`FROM REPLACE-ME`) gets this warning too, beside
//! InvalidImageName's error.

use crate::graph::BaseKind;
use crate::image_ref::ImageRef;
use crate::lint::{Context, Diagnostic, Message, Origin, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "InvalidDefaultArgInFrom",
    severity: Severity::Warning,
    origin: Origin::BuildkitCheck,
    hadolint: &[],
    summary: (
        "Un FROM dont les ARG par défaut donnent un nom d’image vide ou invalide.",
        "A FROM whose default ARGs give an empty or invalid image name.",
    ),
    check,
};

fn message(written: &str, base: &str) -> Message {
    if written == base {
        Message::new(
            format!("«\u{a0}{base}\u{a0}» n’est pas un nom d’image valide."),
            format!("“{base}” is not a valid image name."),
        )
    } else {
        Message::new(
            format!(
                "Avec les valeurs par défaut des `ARG`, `{written}` donne «\u{a0}{base}\u{a0}», qui n’est pas un nom d’image valide\u{a0}: le build échouera sans `--build-arg`."
            ),
            format!(
                "With the `ARG` defaults, `{written}` gives “{base}”, which is not a valid image name: the build will fail without `--build-arg`."
            ),
        )
    }
}

fn help(uses_args: bool) -> Message {
    if uses_args {
        Message::new(
            "Donnez une valeur par défaut à l’`ARG` utilisé\u{a0}: `ARG VERSION=3.20`.",
            "Give the `ARG` a default value: `ARG VERSION=3.20`.",
        )
    } else {
        Message::new(
            "Un nom d’image s’écrit en minuscules, avec un tag\u{a0}: `node:22-slim`, `ghcr.io/org/outil:1.2`.",
            "An image name is written in lower case, with a tag: `node:22-slim`, `ghcr.io/org/tool:1.2`.",
        )
    }
}

fn check(cx: &Context<'_, '_>, out: &mut Vec<Diagnostic>) {
    let Some(graph) = cx.graph() else { return };
    for stage in &graph.stages {
        if stage.base_kind != BaseKind::Image || ImageRef::parse(&stage.base).is_ok() {
            continue;
        }
        let from = stage.instructions.start;
        let written = crate::safe_text::escape_controls(&stage.base_written).into_owned();
        let base = crate::safe_text::escape_controls(&stage.base).into_owned();
        out.push(cx.report(
            &RULE,
            from,
            cx.find(from, &stage.base_written),
            message(&written, &base),
            help(stage.base_written.contains('$')),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::lines;

    #[test]
    fn empty_or_invalid_after_expansion() {
        let text = "ARG VERSION\nARG IMAGE\nARG GOOD=3.20\nFROM busybox:$VERSION\nFROM $IMAGE\nFROM alpine:${GOOD}\n";
        assert_eq!(lines("InvalidDefaultArgInFrom", text), [4, 5]);
    }

    #[test]
    fn every_base_is_checked_as_in_buildkit() {
        let text = "FROM REPLACE-ME\nFROM alpine:3.20 AS build\nFROM build\nFROM scratch\n";
        assert_eq!(lines("InvalidDefaultArgInFrom", text), [1]);
    }
}
