//! ReservedStageName: a stage named `scratch` or `context`. `FROM scratch`
//! and named build contexts mean something else; the stage hides them.

use crate::lint::{Context, Diagnostic, Message, Origin, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "ReservedStageName",
    severity: Severity::Warning,
    origin: Origin::BuildkitCheck,
    hadolint: &["DL3063"],
    summary: (
        "Un stage nommé scratch ou context.",
        "A stage named scratch or context.",
    ),
    check,
};

fn check(cx: &Context<'_, '_>, out: &mut Vec<Diagnostic>) {
    for stage in cx.stages() {
        let Some(name) = stage
            .name
            .as_deref()
            .filter(|name| ["scratch", "context"].contains(name))
        else {
            continue;
        };
        let from = stage.instructions.start;
        out.push(cx.report(
            &RULE,
            from,
            cx.find_last(from, stage.written_name.as_deref().unwrap_or(name)),
            Message::new(
                format!("«\u{a0}{name}\u{a0}» est un nom réservé\u{a0}: un stage ainsi nommé masque {}, et les lecteurs du Dockerfile s’y tromperont.", if name == "scratch" { "l’image vide `scratch`" } else { "le contexte de build" }),
                format!("“{name}” is a reserved name: a stage called so hides {}, and readers of the Dockerfile will be misled.", if name == "scratch" { "the empty image `scratch`" } else { "the build context" }),
            ),
            Message::new(
                "Renommez le stage (par exemple `empty` ou `sources`).",
                "Rename the stage (for instance `empty` or `sources`).",
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::lines;

    #[test]
    fn reserved_names_in_any_case() {
        let text = "FROM scratch AS scratch\nFROM alpine:3.20 AS Context\nFROM scratch AS empty\n";
        assert_eq!(lines("ReservedStageName", text), [1, 2]);
    }

    #[test]
    fn building_from_scratch_is_fine() {
        assert!(lines("ReservedStageName", "FROM scratch\nFROM scratch AS a\n").is_empty());
    }
}
