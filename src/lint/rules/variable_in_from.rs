//! VariableInFrom: `--from=$X` or `--mount=…,from=$X`. BuildKit expands no
//! variable there and refuses the build.

use crate::graph::{ReferenceKind, Resolution};
use crate::lint::{Context, Diagnostic, Message, Origin, Rule, Severity};
use crate::safe_text::escape_controls;

pub static RULE: Rule = Rule {
    code: "VariableInFrom",
    severity: Severity::Error,
    origin: Origin::BuildkitError,
    hadolint: &[],
    summary: (
        "Une variable dans --from, que BuildKit n’accepte pas.",
        "A variable in --from, which BuildKit does not accept.",
    ),
    check,
};

fn check(cx: &Context<'_, '_>, out: &mut Vec<Diagnostic>) {
    let Some(graph) = cx.graph() else { return };
    for reference in graph
        .references
        .iter()
        .filter(|reference| reference.resolution == Resolution::Variable)
    {
        let written = escape_controls(&reference.written).into_owned();
        let flag = match reference.kind {
            ReferenceKind::CopyFrom => format!("--from={written}"),
            ReferenceKind::MountFrom => format!("from={written}"),
        };
        out.push(cx.report(
            &RULE,
            reference.instruction,
            cx.find(reference.instruction, &reference.written),
            Message::new(
                format!("`{flag}`\u{a0}: BuildKit ne remplace pas les variables à cet endroit et refusera le build."),
                format!("`{flag}`: BuildKit does not expand variables there and will fail the build."),
            ),
            Message::new(
                "Choisissez le stage par un stage intermédiaire\u{a0}: `FROM ${VARIANTE} AS source`, puis `--from=source`.",
                "Pick the stage through an alias stage: `FROM ${VARIANT} AS source`, then `--from=source`.",
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::lines;

    #[test]
    fn variables_in_copy_and_mount_sources() {
        let text = "ARG S=builder\nFROM alpine:3.20 AS builder\nFROM alpine:3.20\nCOPY --from=$S /a /a\nCOPY --from=${S} /b /b\nRUN --mount=type=bind,from=$S,target=/m true\nCOPY --from=builder /c /c\n";
        assert_eq!(lines("VariableInFrom", text), [4, 5, 6]);
    }
}
