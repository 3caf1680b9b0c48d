//! MultipleInstructionsDisallowed: a stage with several `CMD`,
//! `ENTRYPOINT` or `HEALTHCHECK`: only the last one counts, the others are
//! dead text. Reported on the earlier ones.

use crate::dockerfile::Keyword;
use crate::lint::{Context, Diagnostic, Message, Origin, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "MultipleInstructionsDisallowed",
    severity: Severity::Warning,
    origin: Origin::BuildkitCheck,
    hadolint: &["DL4003", "DL4004", "DL3012"],
    summary: (
        "Plusieurs CMD, ENTRYPOINT ou HEALTHCHECK dans un même stage.",
        "Several CMD, ENTRYPOINT or HEALTHCHECK in one stage.",
    ),
    check,
};

fn check(cx: &Context<'_, '_>, out: &mut Vec<Diagnostic>) {
    for stage in cx.stages() {
        for keyword in [Keyword::Cmd, Keyword::Entrypoint, Keyword::Healthcheck] {
            let found: Vec<usize> = stage
                .instructions
                .clone()
                .filter(|&i| cx.instruction(i).command.kind() == Some(keyword))
                .collect();
            let Some((&last, earlier)) = found.split_last() else {
                continue;
            };
            let name = keyword.name();
            let last_line = cx.instruction(last).start_line;
            for &index in earlier {
                out.push(cx.report(
                    &RULE,
                    index,
                    cx.keyword(index),
                    Message::new(
                        format!("Plusieurs `{name}` dans ce stage\u{a0}: seul le dernier (ligne {last_line}) compte, celui-ci est ignoré."),
                        format!("Several `{name}` in this stage: only the last one (line {last_line}) counts, this one is ignored."),
                    ),
                    Message::new(
                        format!("Gardez un seul `{name}` par stage."),
                        format!("Keep a single `{name}` per stage."),
                    ),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::lines;

    #[test]
    fn earlier_ones_fire_per_stage() {
        let text = "FROM alpine:3.20 AS a\nCMD [\"a\"]\nCMD [\"b\"]\nHEALTHCHECK NONE\nFROM a\nCMD [\"c\"]\n";
        assert_eq!(lines("MultipleInstructionsDisallowed", text), [2]);
    }
}
