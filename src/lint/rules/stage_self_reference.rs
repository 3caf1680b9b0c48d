//! StageSelfReference: a stage that copies or mounts from itself, or stages
//! that need each other in a cycle. BuildKit stops with "circular dependency
//! detected".

use crate::graph::Resolution;
use crate::lint::{Context, Diagnostic, Message, Origin, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "StageSelfReference",
    severity: Severity::Error,
    origin: Origin::BuildkitError,
    hadolint: &["DL3023"],
    summary: (
        "Un stage qui copie depuis lui-même, ou des stages qui dépendent l’un de l’autre.",
        "A stage copying from itself, or stages depending on each other.",
    ),
    check,
};

fn check(cx: &Context<'_, '_>, out: &mut Vec<Diagnostic>) {
    let Some(graph) = cx.graph() else { return };
    let cycles = graph.cycles();
    for reference in &graph.references {
        let Resolution::Stage(source) = reference.resolution else {
            continue;
        };
        let name = graph.stages[reference.stage].label();
        let (message, help) = if source == reference.stage {
            (
                Message::new(
                    format!(
                        "Le stage «\u{a0}{name}\u{a0}» copie depuis lui-même\u{a0}: ses fichiers n’existent pas encore. BuildKit refusera le build (dépendance circulaire)."
                    ),
                    format!(
                        "Stage “{name}” copies from itself: its files do not exist yet. BuildKit will fail the build (circular dependency)."
                    ),
                ),
                Message::new(
                    "Copiez depuis un stage précédent, ou utilisez les fichiers déjà présents dans ce stage sans `--from`.",
                    "Copy from an earlier stage, or use the files already in this stage without `--from`.",
                ),
            )
        } else if source > reference.stage
            && cycles.contains(&reference.stage)
            && cycles.contains(&source)
        {
            let other = graph.stages[source].label();
            (
                Message::new(
                    format!(
                        "Les stages «\u{a0}{name}\u{a0}» et «\u{a0}{other}\u{a0}» dépendent l’un de l’autre\u{a0}: BuildKit ne peut construire ni l’un ni l’autre (dépendance circulaire)."
                    ),
                    format!(
                        "Stages “{name}” and “{other}” depend on each other: BuildKit can build neither (circular dependency)."
                    ),
                ),
                Message::new(
                    "Mettez ce que les deux partagent dans un troisième stage, défini avant eux.",
                    "Put what both share into a third stage, defined before them.",
                ),
            )
        } else {
            continue;
        };
        out.push(cx.report(
            &RULE,
            reference.instruction,
            cx.find(reference.instruction, &reference.written),
            message,
            help,
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::lines;

    #[test]
    fn self_copies_by_name_or_index() {
        let text = "FROM alpine:3.20 AS app\nCOPY --from=app /a /b\nFROM alpine:3.20\nCOPY --from=1 /c /d\n";
        assert_eq!(lines("StageSelfReference", text), [2, 4]);
    }

    #[test]
    fn a_cycle_is_reported_where_it_closes() {
        let text = "FROM alpine:3.20 AS a\nCOPY --from=b /x /x\nFROM alpine:3.20 AS b\nCOPY --from=a /y /y\n";
        assert_eq!(lines("StageSelfReference", text), [2]);
    }

    #[test]
    fn ordinary_copies_are_fine() {
        let text = "FROM alpine:3.20 AS a\nFROM alpine:3.20 AS b\nCOPY --from=a /x /x\n";
        assert!(lines("StageSelfReference", text).is_empty());
    }
}
