//! StageIndexReference: `COPY --from=0`. The number points to whatever
//! stage sits there today; add or move a stage and it silently copies from
//! another one. A name says which stage, and says it to the reader too.

use crate::graph::{ReferenceKind, Resolution};
use crate::lint::{Context, Diagnostic, Message, Origin, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "StageIndexReference",
    severity: Severity::Info,
    origin: Origin::Multistage,
    hadolint: &[],
    summary: (
        "Un --from par numéro de stage.",
        "A --from by stage number.",
    ),
    check,
};

fn check(cx: &Context<'_, '_>, out: &mut Vec<Diagnostic>) {
    let Some(graph) = cx.graph() else { return };
    for reference in &graph.references {
        if reference.kind != ReferenceKind::CopyFrom || !reference.by_index {
            continue;
        }
        let help = match &reference.resolution {
            Resolution::Stage(index) => match &graph.stages[*index].name {
                Some(name) => Message::new(
                    format!(
                        "Ce stage s’appelle «\u{a0}{name}\u{a0}»\u{a0}: écrivez `--from={name}`."
                    ),
                    format!("That stage is called “{name}”: write `--from={name}`."),
                ),
                None => Message::new(
                    "Nommez ce stage (`FROM … AS builder`) et écrivez `--from=builder`.",
                    "Name that stage (`FROM … AS builder`) and write `--from=builder`.",
                ),
            },
            _ => Message::new(
                "Nommez le stage voulu et copiez depuis son nom.",
                "Name the stage you mean and copy from its name.",
            ),
        };
        out.push(cx.report(
            &RULE,
            reference.instruction,
            cx.find(reference.instruction, &format!("--from={}", reference.written)),
            Message::new(
                format!("`--from={}` désigne un stage par sa position\u{a0}: si vous ajoutez ou déplacez un stage, la copie viendra d’un autre sans prévenir.", reference.written),
                format!("`--from={}` points to a stage by its position: add or move a stage and the copy will silently come from another one.", reference.written),
            ),
            help,
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::lines;

    #[test]
    fn numbers_fire_names_do_not() {
        let text = "FROM alpine:3.20 AS builder\nFROM alpine:3.20\nCOPY --from=0 /a /a\nCOPY --from=builder /b /b\n";
        assert_eq!(lines("StageIndexReference", text), [3]);
    }
}
