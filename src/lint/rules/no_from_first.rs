//! NoFromFirst: an instruction before the first `FROM` (only `ARG` may come
//! first), or no `FROM` at all: BuildKit has no stage to run it in.

use crate::dockerfile::Keyword;
use crate::lint::{Context, Diagnostic, Message, Origin, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "NoFromFirst",
    severity: Severity::Error,
    origin: Origin::BuildkitError,
    hadolint: &[],
    summary: (
        "Une instruction avant le premier FROM, ou aucun FROM.",
        "An instruction before the first FROM, or no FROM at all.",
    ),
    check,
};

fn check(cx: &Context<'_, '_>, out: &mut Vec<Diagnostic>) {
    let instructions = &cx.dockerfile.instructions;
    let first_from = instructions
        .iter()
        .position(|instruction| instruction.command.kind() == Some(Keyword::From));
    let before = &instructions[..first_from.unwrap_or(instructions.len())];
    if let Some(index) = before
        .iter()
        .position(|instruction| instruction.command.kind() != Some(Keyword::Arg))
    {
        out.push(cx.report(
            &RULE,
            index,
            cx.keyword(index),
            Message::new(
                "Seul `ARG` peut précéder le premier `FROM`\u{a0}: cette instruction n’appartient à aucun stage et BuildKit refusera le fichier.",
                "Only `ARG` may come before the first `FROM`: this instruction belongs to no stage and BuildKit will reject the file.",
            ),
            Message::new(
                "Commencez le Dockerfile par `FROM image:tag` et déplacez cette instruction dans un stage.",
                "Start the Dockerfile with `FROM image:tag` and move this instruction into a stage.",
            ),
        ));
    } else if first_from.is_none() && !instructions.is_empty() {
        out.push(cx.report(
            &RULE,
            0,
            cx.keyword(0),
            Message::new(
                "Aucun `FROM`\u{a0}: ce Dockerfile ne déclare aucun stage, BuildKit n’a rien à construire.",
                "No `FROM`: this Dockerfile declares no stage, BuildKit has nothing to build.",
            ),
            Message::new(
                "Ajoutez un stage après les `ARG`\u{a0}: `FROM image:tag`.",
                "Add a stage after the `ARG`s: `FROM image:tag`.",
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::lines;

    #[test]
    fn fires_once_on_the_first_misplaced_instruction() {
        let text =
            "# syntax=docker/dockerfile:1\nARG V=1\nRUN echo hi\nENV A=b\nFROM alpine:3.20\n";
        assert_eq!(lines("NoFromFirst", text), [3]);
    }

    #[test]
    fn fires_when_there_is_no_stage_at_all() {
        assert_eq!(lines("NoFromFirst", "ARG V=1\nARG W\n"), [1]);
    }

    #[test]
    fn args_and_comments_may_come_first() {
        let text = "# a comment\nARG NODE=22\nFROM node:${NODE}\n";
        assert!(lines("NoFromFirst", text).is_empty());
    }
}
