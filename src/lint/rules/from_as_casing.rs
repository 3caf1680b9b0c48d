//! FromAsCasing: `FROM x as y` or `from x AS y`. BuildKit asks `AS` to
//! follow the case of `FROM` (a mixed-case `From` is left alone).

use crate::dockerfile::Keyword;
use crate::lint::{
    Context, Diagnostic, Message, Origin, Rule, Severity, is_lower_case, is_upper_case,
};

pub static RULE: Rule = Rule {
    code: "FromAsCasing",
    severity: Severity::Warning,
    origin: Origin::BuildkitCheck,
    hadolint: &[],
    summary: (
        "FROM et AS n’ont pas la même casse.",
        "FROM and AS differ in case.",
    ),
    check,
};

fn check(cx: &Context<'_, '_>, out: &mut Vec<Diagnostic>) {
    for (index, instruction) in cx.dockerfile.instructions.iter().enumerate() {
        let command = &instruction.command;
        if command.kind() != Some(Keyword::From) || command.args.len() != 3 {
            continue;
        }
        let keyword = &command.keyword;
        let as_word = &command.args[1];
        let mismatch = if is_upper_case(keyword) {
            !is_upper_case(as_word)
        } else if is_lower_case(keyword) {
            !is_lower_case(as_word)
        } else {
            false
        };
        if !mismatch {
            continue;
        }
        let expected = if is_upper_case(keyword) { "AS" } else { "as" };
        out.push(cx.report(
            &RULE,
            index,
            cx.try_find(index, &format!(" {as_word} "))
                .map_or_else(|| cx.first_line(index), |found| found.start + 1..found.end - 1),
            Message::new(
                format!("`{keyword}` et `{as_word}` n’ont pas la même casse\u{a0}: gardez un seul style, c’est ce que BuildKit vérifie."),
                format!("`{keyword}` and `{as_word}` differ in case: keep one style, which is what BuildKit checks."),
            ),
            Message::new(format!("Écrivez `{keyword} … {expected} …`."), format!("Write `{keyword} … {expected} …`.")),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::lines;

    #[test]
    fn as_follows_from() {
        let text = "FROM alpine:3.20 as a\nfrom alpine:3.20 AS b\nfrom alpine:3.20 as c\nFROM alpine:3.20 AS d\nFrom alpine:3.20 as e\n";
        assert_eq!(lines("FromAsCasing", text), [1, 2]);
    }
}
