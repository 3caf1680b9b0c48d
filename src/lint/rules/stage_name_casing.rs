//! StageNameCasing: a stage name with capitals. BuildKit lower-cases it
//! anyway, so `FROM Builder` no longer finds it and readers are misled.

use crate::lint::{Context, Diagnostic, Message, Origin, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "StageNameCasing",
    severity: Severity::Warning,
    origin: Origin::BuildkitCheck,
    hadolint: &[],
    summary: (
        "Un nom de stage qui n’est pas en minuscules.",
        "A stage name that is not lower case.",
    ),
    check,
};

fn check(cx: &Context<'_, '_>, out: &mut Vec<Diagnostic>) {
    for stage in cx.stages() {
        let (Some(written), Some(name)) = (&stage.written_name, &stage.name) else {
            continue;
        };
        if written == name {
            continue;
        }
        let from = stage.instructions.start;
        let shown = crate::safe_text::escape_controls(written).into_owned();
        out.push(cx.report(
            &RULE,
            from,
            cx.find_last(from, written),
            Message::new(
                format!("Le nom de stage «\u{a0}{shown}\u{a0}» devrait être en minuscules\u{a0}: BuildKit l’enregistre comme «\u{a0}{name}\u{a0}», et `FROM {shown}` ne le retrouverait pas."),
                format!("Stage name “{shown}” should be lower case: BuildKit records it as “{name}”, and `FROM {shown}` would not find it."),
            ),
            Message::new(format!("Écrivez `AS {name}`."), format!("Write `AS {name}`.")),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::lines;

    #[test]
    fn capitals_in_names() {
        let text =
            "FROM alpine:3.20 AS Builder\nFROM alpine:3.20 AS BUILD\nFROM alpine:3.20 AS runtime\n";
        assert_eq!(lines("StageNameCasing", text), [1, 2]);
    }
}
