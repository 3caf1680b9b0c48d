//! UndefinedArgInFrom: a variable in a `FROM` line (image or `--platform`)
//! that no `ARG` before the first `FROM` declares and BuildKit does not
//! define itself: it expands to nothing.

use crate::graph::AUTOMATIC_ARGS;
use crate::lint::suggest::closest;
use crate::lint::{Context, Diagnostic, Message, Origin, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "UndefinedArgInFrom",
    severity: Severity::Warning,
    origin: Origin::BuildkitCheck,
    hadolint: &[],
    summary: (
        "Une variable de FROM qu’aucun ARG global ne déclare.",
        "A FROM variable that no global ARG declares.",
    ),
    check,
};

fn check(cx: &Context<'_, '_>, out: &mut Vec<Diagnostic>) {
    let Some(graph) = cx.graph() else { return };
    let declared: Vec<&str> = graph
        .global_args
        .iter()
        .map(|arg| arg.name.as_str())
        .chain(AUTOMATIC_ARGS)
        .collect();
    for (stage, names) in &graph.undeclared_in_from {
        let from = graph.stages[*stage].instructions.start;
        for name in names {
            let help = match closest(name, declared.iter().copied()) {
                Some(close) => Message::new(
                    format!("Vouliez-vous écrire `${close}`\u{202f}?"),
                    format!("Did you mean `${close}`?"),
                ),
                None => Message::new(
                    format!("Déclarez-le avant le premier `FROM`\u{a0}: `ARG {name}=valeur`."),
                    format!("Declare it before the first `FROM`: `ARG {name}=value`."),
                ),
            };
            out.push(cx.report(
                &RULE,
                from,
                cx.find(from, name),
                Message::new(
                    format!("`{name}` n’est déclaré par aucun `ARG` avant le premier `FROM`\u{a0}: il sera remplacé par une chaîne vide."),
                    format!("`{name}` is not declared by any `ARG` before the first `FROM`: it will be replaced by an empty string."),
                ),
                help,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::{lines, messages};

    #[test]
    fn undeclared_and_misspelled_arguments() {
        let text = "ARG tag=1\nFROM busybox:${tag}${version}\nFROM --platform=$BULIDPLATFORM alpine:3.20\n";
        assert_eq!(lines("UndefinedArgInFrom", text), [2, 3]);
        assert!(messages("UndefinedArgInFrom", text)[1].contains("BULIDPLATFORM"));
    }

    #[test]
    fn declared_and_automatic_arguments() {
        let text =
            "ARG base\nFROM --platform=$BUILDPLATFORM $base\nFROM alpine:3.20-${TARGETARCH}\n";
        assert!(lines("UndefinedArgInFrom", text).is_empty());
    }
}
