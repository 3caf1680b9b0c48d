//! NoEmptyContinuation: a blank line inside a `\` continuation. BuildKit
//! drops it with a warning and will refuse it in a future release. Like
//! BuildKit's parser, it points at the continuation's last line, where the
//! parser stands when it notices.

use crate::lint::context::line_span;
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
        // Heredoc bodies and their delimiters come after the continuation.
        let heredoc_lines: usize = instruction
            .heredocs
            .iter()
            .map(|heredoc| heredoc.content.matches('\n').count() + 1)
            .sum();
        let last_line =
            instruction.end_line - heredoc_lines.min(instruction.end_line - instruction.start_line);
        let mut diagnostic = cx.report(
            &RULE,
            index,
            line_span(cx.source, last_line),
            Message::new(
                "Une ligne vide coupe cette instruction continuée par `\\`\u{a0}: BuildKit l’ignore aujourd’hui, mais la refusera dans une version future.",
                "A blank line breaks this `\\`-continued instruction: BuildKit ignores it today but will refuse it in a future release.",
            ),
            Message::new(
                "Supprimez la ligne vide (un commentaire `#` peut la remplacer).",
                "Remove the blank line (a `#` comment may take its place).",
            ),
        );
        diagnostic.line = last_line;
        out.push(diagnostic);
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::lines;

    #[test]
    fn blank_lines_inside_continuations() {
        let text = "FROM alpine:3.20\nRUN apk add curl \\\n\n    git\nRUN echo \\\n    # a comment\n    done\n";
        assert_eq!(lines("NoEmptyContinuation", text), [4]);
    }

    #[test]
    fn on_the_last_line_of_the_continuation_as_buildkit_says() {
        // BuildKit's own test (dockerfile_check_test.go): line 6.
        let text = "FROM scratch\n# warning: empty continuation line\n\nCOPY Dockerfile \\\n\n.\nCOPY Dockerfile \\\n.\n";
        assert_eq!(lines("NoEmptyContinuation", text), [6]);
        let heredoc = "FROM alpine:3.20\nRUN cat <<EOF \\\n\n  > /x\nline one\nline two\nEOF\n";
        assert_eq!(lines("NoEmptyContinuation", heredoc), [4]);
    }
}
