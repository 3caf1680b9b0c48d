//! UnusedStage: a stage the target does not need. BuildKit skips it: its
//! commands never run, so a test stage nothing depends on tests nothing.

use crate::lint::{Context, Diagnostic, Message, Origin, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "UnusedStage",
    severity: Severity::Info,
    origin: Origin::Multistage,
    hadolint: &[],
    summary: (
        "Un stage que la cible n’utilise pas\u{a0}: BuildKit ne le construit pas.",
        "A stage the target does not use: BuildKit does not build it.",
    ),
    check,
};

fn check(cx: &Context<'_, '_>, out: &mut Vec<Diagnostic>) {
    let Some(graph) = cx.graph() else { return };
    let target = graph.stages[graph.target].label();
    for stage in graph.stages.iter().filter(|stage| !stage.built) {
        let from = stage.instructions.start;
        let label = stage.label();
        let help = match &stage.name {
            Some(name) => Message::new(
                format!(
                    "C’est voulu (un stage de test, de dev…)\u{a0}? Construisez-le avec `docker build --target {name} .`. Sinon, supprimez-le."
                ),
                format!(
                    "On purpose (a test or dev stage…)? Build it with `docker build --target {name} .`. Otherwise remove it."
                ),
            ),
            None => Message::new(
                "Nommez-le pour pouvoir le construire avec `--target`, ou supprimez-le.",
                "Name it so that `--target` can build it, or remove it.",
            ),
        };
        out.push(cx.report(
            &RULE,
            from,
            cx.first_line(from),
            Message::new(
                format!("Le stage «\u{a0}{label}\u{a0}» n’est pas construit pour la cible «\u{a0}{target}\u{a0}»\u{a0}: rien dans «\u{a0}{target}\u{a0}» n’en dépend, BuildKit le saute."),
                format!("Stage “{label}” is not built for target “{target}”: nothing in “{target}” depends on it, BuildKit skips it."),
            ),
            help,
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::lines;

    #[test]
    fn stages_the_target_does_not_reach() {
        let text = "FROM alpine:3.20 AS base\nFROM base AS test\nRUN make test\nFROM alpine:3.20 AS assets\nFROM base\nRUN --mount=from=assets,target=/a true\n";
        assert_eq!(lines("UnusedStage", text), [2]);
    }
}
