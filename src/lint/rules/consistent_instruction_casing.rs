//! ConsistentInstructionCasing: instructions written in another case than
//! most of the file (`run` among `RUN`s), or in mixed case (`From`).

use crate::lint::{
    Context, Diagnostic, Message, Origin, Rule, Severity, is_lower_case, is_upper_case,
};

pub static RULE: Rule = Rule {
    code: "ConsistentInstructionCasing",
    severity: Severity::Warning,
    origin: Origin::BuildkitCheck,
    hadolint: &[],
    summary: (
        "Une instruction dont la casse diffère de celle du reste du fichier.",
        "An instruction whose case differs from the rest of the file.",
    ),
    check,
};

fn check(cx: &Context<'_, '_>, out: &mut Vec<Diagnostic>) {
    // BuildKit looks inside stages only: the ARGs above the first FROM do not count.
    let Some(first_from) = cx.stages().first().map(|stage| stage.instructions.start) else {
        return;
    };
    let instructions = &cx.dockerfile.instructions[..];
    let keywords = instructions[first_from..]
        .iter()
        .filter(|i| i.command.kind().is_some());
    let (mut lower, mut upper) = (0, 0);
    for instruction in keywords.clone() {
        let keyword = &instruction.command.keyword;
        if is_lower_case(keyword) {
            lower += 1;
        } else if is_upper_case(keyword) {
            upper += 1;
        }
    }
    let majority_lower = lower > upper;
    for (index, instruction) in instructions.iter().enumerate().skip(first_from) {
        if instruction.command.kind().is_none() {
            continue;
        }
        let keyword = &instruction.command.keyword;
        let consistent = if majority_lower {
            is_lower_case(keyword)
        } else {
            is_upper_case(keyword)
        };
        if consistent {
            continue;
        }
        let (expected, fr, en) = if majority_lower {
            (keyword.to_lowercase(), "minuscules", "lower case")
        } else {
            (keyword.to_uppercase(), "majuscules", "upper case")
        };
        out.push(cx.report(
            &RULE,
            index,
            cx.keyword(index),
            Message::new(
                format!(
                    "`{keyword}`\u{a0}: la plupart des instructions de ce fichier sont en {fr}."
                ),
                format!("`{keyword}`: most instructions of this file are {en}."),
            ),
            Message::new(
                format!("Écrivez `{expected}`."),
                format!("Write `{expected}`."),
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::lines;

    #[test]
    fn minority_and_mixed_case() {
        let text = "FROM alpine:3.20\nrun true\nRUN true\nFrom alpine:3.20\n";
        assert_eq!(lines("ConsistentInstructionCasing", text), [2, 4]);
        assert!(lines("ConsistentInstructionCasing", "from a:1\nrun b\n").is_empty());
    }

    #[test]
    fn global_args_do_not_count_as_in_buildkit() {
        let text = "arg A=1\narg B=2\narg C=3\nFROM alpine:3.20\nRUN true\n";
        assert!(lines("ConsistentInstructionCasing", text).is_empty());
    }
}
