//! NoEmptyContinuation: a blank line inside a `\` continuation. BuildKit
//! drops it with a warning and will refuse it in a future release.

use crate::lint::{Context, Diagnostic, Message, Origin, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "NoEmptyContinuation",
    severity: Severity::Warning,
    origin: Origin::BuildkitCheck,
    hadolint: &[],
    summary: (
        "Une ligne vide au milieu d’une instruction sur plusieurs lignes.",
        "A blank line inside an instruction spread over several lines.",
    ),
    check,
};

fn check(cx: &Context<'_, '_>, out: &mut Vec<Diagnostic>) {
    for (index, instruction) in cx.dockerfile.instructions.iter().enumerate() {
        if !instruction.empty_continuation {
            continue;
        }
        out.push(cx.report(
            &RULE,
            index,
            instruction.span.clone(),
            Message::new(
                "Une ligne vide coupe cette instruction continuée par `\\`\u{a0}: BuildKit l’ignore aujourd’hui, mais la refusera dans une version future.",
                "A blank line breaks this `\\`-continued instruction: BuildKit ignores it today but will refuse it in a future release.",
            ),
            Message::new(
                "Supprimez la ligne vide (un commentaire `#` peut la remplacer).",
                "Remove the blank line (a `#` comment may take its place).",
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::lines;

    #[test]
    fn blank_lines_inside_continuations() {
        let text = "FROM alpine:3.20\nRUN apk add curl \\\n\n    git\nRUN echo \\\n    # a comment\n    done\n";
        assert_eq!(lines("NoEmptyContinuation", text), [2]);
    }
}
