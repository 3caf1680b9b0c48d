//! MaintainerDeprecated: `MAINTAINER` has been deprecated for years; a
//! label carries the same information.

use crate::dockerfile::Keyword;
use crate::lint::{Context, Diagnostic, Message, Origin, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "MaintainerDeprecated",
    severity: Severity::Warning,
    origin: Origin::BuildkitCheck,
    hadolint: &["DL4000"],
    summary: (
        "L’instruction MAINTAINER, dépréciée.",
        "The deprecated MAINTAINER instruction.",
    ),
    check,
};

fn check(cx: &Context<'_, '_>, out: &mut Vec<Diagnostic>) {
    for (index, instruction) in cx.dockerfile.instructions.iter().enumerate() {
        if instruction.command.kind() != Some(Keyword::Maintainer) {
            continue;
        }
        out.push(cx.report(
            &RULE,
            index,
            cx.keyword(index),
            Message::new(
                "`MAINTAINER` est dépréciée.",
                "`MAINTAINER` is deprecated.",
            ),
            Message::new(
                "Utilisez un label\u{a0}: `LABEL org.opencontainers.image.authors=\"vous@example.com\"`.",
                "Use a label: `LABEL org.opencontainers.image.authors=\"you@example.com\"`.",
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::lines;

    #[test]
    fn maintainer_in_any_case() {
        assert_eq!(
            lines(
                "MaintainerDeprecated",
                "FROM alpine:3.20\nMAINTAINER me\nmaintainer you\n"
            ),
            [2, 3]
        );
        assert!(
            lines(
                "MaintainerDeprecated",
                "FROM alpine:3.20\nLABEL maintainer=me\n"
            )
            .is_empty()
        );
    }
}
