//! InvalidCheckDirective: a `# check=` directive BuildKit cannot read
//! (`# check=skip:StageNameCasing`, `error=yes`). BuildKit stops the build
//! before it reads an instruction, with "failed to parse check options".

use crate::lint::context::line_span;
use crate::lint::{Context, Diagnostic, Message, Origin, Rule, Severity};
use crate::safe_text::escape_controls;

pub static RULE: Rule = Rule {
    code: "InvalidCheckDirective",
    severity: Severity::Error,
    origin: Origin::BuildkitError,
    hadolint: &[],
    summary: (
        "Une directive `# check=` que BuildKit ne sait pas lire.",
        "A `# check=` directive BuildKit cannot read.",
    ),
    check,
};

fn check(cx: &Context<'_, '_>, out: &mut Vec<Diagnostic>) {
    let Some(Err(reason)) = cx.file_check_settings() else {
        return;
    };
    let Some(directive) = cx
        .dockerfile
        .directives
        .iter()
        .find(|directive| directive.name == "check")
    else {
        return;
    };
    let words = escape_controls(&reason).into_owned();
    out.push(Diagnostic {
        code: RULE.code,
        severity: RULE.severity,
        origin: RULE.origin,
        line: directive.line,
        span: line_span(cx.source, directive.line),
        message: Message::new(
            format!(
                "BuildKit ne sait pas lire cette directive et refuse le build («\u{a0}failed to parse check options: {words}\u{a0}»)."
            ),
            format!(
                "BuildKit cannot read this directive and fails the build (“failed to parse check options: {words}”)."
            ),
        ),
        help: Some(Message::new(
            "Écrivez des paires `clé=valeur` séparées par `;`\u{a0}: `# check=skip=StageNameCasing,UntaggedImage;error=true` (clés\u{a0}: `skip`, `error`, `experimental`).",
            "Write `key=value` pairs separated by `;`: `# check=skip=StageNameCasing,UntaggedImage;error=true` (keys: `skip`, `error`, `experimental`).",
        )),
    });
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::{lines, messages};

    #[test]
    fn malformed_directives_stop_the_build() {
        for text in [
            "# check=skip:StageNameCasing\nFROM alpine:3.20\n",
            "# check=error=yes\nFROM alpine:3.20\n",
            "# check=Skip=StageNameCasing\nFROM alpine:3.20\n",
        ] {
            assert_eq!(lines("InvalidCheckDirective", text), [1], "{text}");
        }
        assert!(
            messages(
                "InvalidCheckDirective",
                "# check=error=yes\nFROM alpine:3.20\n"
            )[0]
            .contains("strconv.ParseBool: parsing \"yes\": invalid syntax")
        );
    }

    #[test]
    fn what_buildkit_reads_is_fine() {
        for text in [
            "# check=skip=StageNameCasing;error=true\nFROM alpine:3.20\n",
            "# check = error=TRUE ; skip=all\nFROM alpine:3.20\n",
            "# check=experimental=all\nFROM alpine:3.20\n",
            "# check=error=true this part is ignored\nFROM alpine:3.20\n",
            "FROM alpine:3.20\n",
        ] {
            assert!(lines("InvalidCheckDirective", text).is_empty(), "{text}");
        }
    }
}
