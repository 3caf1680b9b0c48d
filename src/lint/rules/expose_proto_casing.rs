//! ExposeProtoCasing: `EXPOSE 80/TCP`: protocols are written in lower case.

use crate::dockerfile::Keyword;
use crate::lint::{Context, Diagnostic, Message, Origin, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "ExposeProtoCasing",
    severity: Severity::Warning,
    origin: Origin::BuildkitCheck,
    hadolint: &[],
    summary: (
        "Un protocole d’EXPOSE en majuscules.",
        "An EXPOSE protocol in capitals.",
    ),
    check,
};

fn check(cx: &Context<'_, '_>, out: &mut Vec<Diagnostic>) {
    for (index, instruction) in cx.dockerfile.instructions.iter().enumerate() {
        if instruction.command.kind() != Some(Keyword::Expose) {
            continue;
        }
        for port in &instruction.command.args {
            let Some((number, protocol)) = port.split_once('/') else {
                continue;
            };
            if protocol == protocol.to_lowercase() {
                continue;
            }
            let fixed = format!("{number}/{}", protocol.to_lowercase());
            out.push(cx.report(
                &RULE,
                index,
                cx.find(index, port),
                Message::new(
                    format!("`{port}`\u{a0}: le protocole s’écrit en minuscules."),
                    format!("`{port}`: the protocol is written in lower case."),
                ),
                Message::new(format!("Écrivez `{fixed}`."), format!("Write `{fixed}`.")),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::lines;

    #[test]
    fn upper_case_protocols() {
        assert_eq!(
            lines(
                "ExposeProtoCasing",
                "FROM alpine:3.20\nEXPOSE 80/TCP 53/udp\nEXPOSE 443\n"
            ),
            [2]
        );
    }
}
