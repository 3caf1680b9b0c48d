//! UnknownInstruction: a word BuildKit does not know where an instruction
//! should be (`FORM`, `COPPY`). BuildKit refuses the whole file.

use crate::dockerfile::{Command, Keyword};
use crate::lint::suggest::closest;
use crate::lint::{Context, Diagnostic, Message, Origin, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "UnknownInstruction",
    severity: Severity::Error,
    origin: Origin::BuildkitError,
    hadolint: &[],
    summary: (
        "Un mot qui n’est pas une instruction Dockerfile.",
        "A word that is not a Dockerfile instruction.",
    ),
    check,
};

fn check(cx: &Context<'_, '_>, out: &mut Vec<Diagnostic>) {
    for (index, instruction) in cx.dockerfile.instructions.iter().enumerate() {
        let mut command: &Command<'_> = &instruction.command;
        // An ONBUILD's instruction is checked too.
        while let (Some(Keyword::Onbuild), Some(trigger)) = (command.kind(), &command.trigger) {
            command = trigger;
        }
        if command.kind().is_some() {
            continue;
        }
        let span = if std::ptr::eq(command, &instruction.command) {
            cx.keyword(index)
        } else {
            cx.find(index, &command.keyword)
        };
        let word = crate::safe_text::escape_controls(&command.keyword).into_owned();
        let suggestion = closest(&command.keyword, Keyword::ALL.map(Keyword::name));
        let help = match suggestion {
            Some(keyword) => Message::new(
                format!("Vouliez-vous écrire `{keyword}`\u{202f}?"),
                format!("Did you mean `{keyword}`?"),
            ),
            None => Message::new(
                "Les instructions sont FROM, RUN, COPY, ADD, WORKDIR, ENV, ARG, CMD, ENTRYPOINT, EXPOSE, USER, LABEL, VOLUME, HEALTHCHECK, SHELL, STOPSIGNAL et ONBUILD.",
                "The instructions are FROM, RUN, COPY, ADD, WORKDIR, ENV, ARG, CMD, ENTRYPOINT, EXPOSE, USER, LABEL, VOLUME, HEALTHCHECK, SHELL, STOPSIGNAL and ONBUILD.",
            ),
        };
        out.push(cx.report(
            &RULE,
            index,
            span,
            Message::new(
                format!("`{word}` n’est pas une instruction Dockerfile\u{a0}: BuildKit refusera tout le fichier."),
                format!("`{word}` is not a Dockerfile instruction: BuildKit will reject the whole file."),
            ),
            help,
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::{lines, messages};

    #[test]
    fn misspelled_instructions_are_named_with_a_suggestion() {
        let text =
            "FORM alpine:3.20\nFROM alpine:3.20\nCOPPY . /app\nONBUILD RUNN make\nRUN true\n";
        assert_eq!(lines("UnknownInstruction", text), [1, 3, 4]);
        assert!(messages("UnknownInstruction", text)[0].contains("`FORM`"));
    }

    #[test]
    fn every_real_instruction_in_any_case_is_known() {
        let text = "from alpine:3.20\nRun true\ncopy . /app\nhealthcheck NONE\nonbuild run make\n";
        assert!(lines("UnknownInstruction", text).is_empty());
    }
}
