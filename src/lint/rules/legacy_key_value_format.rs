//! LegacyKeyValueFormat: `ENV key value` / `LABEL key value`. The old form
//! takes the rest of the line as one value, so `ENV A 1 B 2` sets `A` to
//! `1 B 2`; `key=value` says exactly what it sets.

use crate::dockerfile::Keyword;
use crate::lint::{Context, Diagnostic, Message, Origin, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "LegacyKeyValueFormat",
    severity: Severity::Warning,
    origin: Origin::BuildkitCheck,
    hadolint: &[],
    summary: (
        "ENV ou LABEL dans l’ancienne forme «\u{a0}clé valeur\u{a0}».",
        "ENV or LABEL in the legacy “key value” form.",
    ),
    check,
};

fn check(cx: &Context<'_, '_>, out: &mut Vec<Diagnostic>) {
    for (index, instruction) in cx.dockerfile.instructions.iter().enumerate() {
        let command = &instruction.command;
        let name = match command.kind() {
            Some(Keyword::Env) => "ENV",
            Some(Keyword::Label) => "LABEL",
            _ => continue,
        };
        if !command.legacy_key_value {
            continue;
        }
        let key = command
            .args
            .first()
            .map(|key| key.to_string())
            .unwrap_or_default();
        let value = command
            .args
            .get(1)
            .map(|value| value.to_string())
            .unwrap_or_default();
        let suggested = if value.contains(char::is_whitespace) {
            format!("{name} {key}=\"{value}\"")
        } else {
            format!("{name} {key}={value}")
        };
        out.push(cx.report(
            &RULE,
            index,
            cx.first_line(index),
            Message::new(
                format!("`{name} clé valeur` est l’ancienne forme\u{a0}: tout le reste de la ligne devient la valeur, ce qui surprend dès qu’on veut plusieurs clés."),
                format!("`{name} key value` is the legacy form: the whole rest of the line becomes the value, which surprises as soon as you want several keys."),
            ),
            Message::new(format!("Écrivez `{suggested}`."), format!("Write `{suggested}`.")),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::lines;

    #[test]
    fn legacy_forms() {
        let text = "FROM alpine:3.20\nENV NODE_ENV production\nLABEL version 1.0\nENV A=1 B=2\n";
        assert_eq!(lines("LegacyKeyValueFormat", text), [2, 3]);
    }
}
