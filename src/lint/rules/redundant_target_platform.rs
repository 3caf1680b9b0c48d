//! RedundantTargetPlatform: `FROM --platform=$TARGETPLATFORM`: that is what
//! BuildKit does by default.

use crate::lint::{Context, Diagnostic, Message, Origin, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "RedundantTargetPlatform",
    severity: Severity::Warning,
    origin: Origin::BuildkitCheck,
    hadolint: &[],
    summary: (
        "--platform=$TARGETPLATFORM, déjà la valeur par défaut.",
        "--platform=$TARGETPLATFORM, already the default.",
    ),
    check,
};

fn check(cx: &Context<'_, '_>, out: &mut Vec<Diagnostic>) {
    for stage in cx.stages() {
        let Some(platform) = &stage.platform else {
            continue;
        };
        if !matches!(platform.as_str(), "$TARGETPLATFORM" | "${TARGETPLATFORM}") {
            continue;
        }
        let from = stage.instructions.start;
        out.push(cx.report(
            &RULE,
            from,
            cx.find(from, platform),
            Message::new(
                "`--platform=$TARGETPLATFORM` ne change rien\u{a0}: c’est déjà la plateforme de chaque stage.",
                "`--platform=$TARGETPLATFORM` changes nothing: it is already every stage's platform.",
            ),
            Message::new(
                "Supprimez le drapeau (ou utilisez `$BUILDPLATFORM` pour un stage qui compile pour d’autres plateformes).",
                "Remove the flag (or use `$BUILDPLATFORM` for a stage that cross-compiles).",
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::lines;

    #[test]
    fn target_platform_only() {
        let text = "FROM --platform=$TARGETPLATFORM alpine:3.20\nFROM --platform=${TARGETPLATFORM} alpine:3.20\nFROM --platform=$BUILDPLATFORM golang:1.26\n";
        assert_eq!(lines("RedundantTargetPlatform", text), [1, 2]);
    }
}
