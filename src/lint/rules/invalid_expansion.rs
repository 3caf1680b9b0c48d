//! InvalidExpansion: a `$` expression BuildKit's word lexer cannot read —
//! `${templateOption:imageVariant}` (an unknown modifier), `${NAME`, a
//! quote never closed. BuildKit stops the build on it, wherever it expands
//! words: `FROM`, `ARG` defaults, `COPY`/`ADD`, `ENV`, `LABEL`, `USER`,
//! `WORKDIR`, `VOLUME`, `STOPSIGNAL`, `EXPOSE`, `--mount` options. Errors
//! that depend on a value (`${NAME:?}` with `NAME` unset) are left out: the
//! value may come from `--build-arg` or the base image.

use std::borrow::Cow;

use super::undefined_var::expanded_words;
use crate::dockerfile::Keyword;
use crate::lint::{Context, Diagnostic, Message, Origin, Rule, Severity};
use crate::safe_text::escape_controls;
use crate::shell::{Lexer, NoEnv};

pub static RULE: Rule = Rule {
    code: "InvalidExpansion",
    severity: Severity::Error,
    origin: Origin::BuildkitError,
    hadolint: &[],
    summary: (
        "Une expression `$…` que BuildKit ne sait pas lire.",
        "A `$…` expression BuildKit cannot read.",
    ),
    check,
};

/// The lexer's errors that come from how the word is written, not from a value.
fn is_syntax_error(message: &str) -> bool {
    [
        "syntax error",
        "unexpected end of statement",
        "unsupported modifier",
        "invalid escape",
        "invalid pattern",
    ]
    .iter()
    .any(|start| message.starts_with(start))
}

fn check(cx: &Context<'_, '_>, out: &mut Vec<Diagnostic>) {
    let lexer = Lexer::new(cx.dockerfile.escape);
    for (index, instruction) in cx.dockerfile.instructions.iter().enumerate() {
        let command = &instruction.command;
        let mut words = expanded_words(instruction);
        match command.kind() {
            Some(Keyword::From) => {
                words.extend(
                    command
                        .args
                        .first()
                        .map(|base| Cow::Borrowed(base.as_ref())),
                );
                words.extend(command.flag("platform").map(Cow::Borrowed));
            }
            Some(Keyword::Expose) => {
                words.extend(command.args.iter().map(|port| Cow::Borrowed(port.as_ref())));
            }
            _ => {}
        }
        let problem = words
            .iter()
            .filter(|word| word.contains(['$', '"', '\'', cx.dockerfile.escape]))
            .find_map(|word| match lexer.process_word(word, &NoEnv) {
                Err(error) if is_syntax_error(&error.message) => Some((word, error.message)),
                _ => None,
            });
        let Some((word, reason)) = problem else {
            continue;
        };
        let reason = escape_controls(&reason).into_owned();
        let written = escape_controls(word).into_owned();
        out.push(cx.report(
            &RULE,
            index,
            cx.find(index, word),
            Message::new(
                format!("BuildKit ne sait pas développer `{written}` et arrête le build («\u{a0}{reason}\u{a0}»)."),
                format!("BuildKit cannot expand `{written}` and stops the build (“{reason}”)."),
            ),
            Message::new(
                "Une variable s’écrit `$NOM` ou `${NOM}`, avec au plus une valeur par défaut\u{a0}: `${NOM:-défaut}`. Un `$` littéral s’écrit `\\$`.",
                "A variable is written `$NAME` or `${NAME}`, at most with a default: `${NAME:-default}`. A literal `$` is written `\\$`.",
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::{lines, messages};

    #[test]
    fn what_the_lexer_cannot_read_stops_the_build() {
        let text = "ARG VARIANT=${templateOption:imageVariant}\nFROM alpine:3.20\nENV A=${B\nCOPY \"a b /c\nEXPOSE ${PORT:x}\n";
        assert_eq!(lines("InvalidExpansion", text), [1, 3, 4, 5]);
        assert!(messages("InvalidExpansion", text)[0].contains("unsupported modifier"));
    }

    #[test]
    fn values_and_shell_form_are_not_judged() {
        let text = "ARG NAME\nFROM alpine:3.20\nARG NAME\nENV A=${NAME:?set it with --build-arg}\nRUN echo ${weird:x}\nCMD echo \"unclosed\n";
        assert!(lines("InvalidExpansion", text).is_empty());
    }
}
