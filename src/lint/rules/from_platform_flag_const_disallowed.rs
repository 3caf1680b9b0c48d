//! FromPlatformFlagConstDisallowed: `FROM --platform=linux/amd64`. A
//! constant platform makes the stage ignore the platform asked for at build
//! time — unless the stage name says so (`AS build_amd64`).

use crate::graph::Platform;
use crate::lint::{Context, Diagnostic, Message, Origin, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "FromPlatformFlagConstDisallowed",
    severity: Severity::Warning,
    origin: Origin::BuildkitCheck,
    hadolint: &["DL3029"],
    summary: (
        "Une plateforme fixée en dur dans FROM --platform.",
        "A platform hard-coded in FROM --platform.",
    ),
    check,
};

fn check(cx: &Context<'_, '_>, out: &mut Vec<Diagnostic>) {
    for stage in cx.stages() {
        let Some(platform) = &stage.platform else {
            continue;
        };
        if platform.contains('$') {
            continue;
        }
        let name = stage.name.as_deref().unwrap_or_default();
        if let Some(parsed) = Platform::parse(platform)
            && (name.contains(&parsed.os) || name.contains(&parsed.arch))
        {
            continue;
        }
        let from = stage.instructions.start;
        out.push(cx.report(
            &RULE,
            from,
            cx.find(from, platform),
            Message::new(
                format!("`--platform={platform}` fixe la plateforme\u{a0}: ce stage ignorera celle demandée au build (`docker build --platform`)."),
                format!("`--platform={platform}` hard-codes the platform: this stage will ignore the one asked for at build time (`docker build --platform`)."),
            ),
            Message::new(
                "Retirez `--platform` et choisissez la plateforme au build (`docker build --platform linux/arm64 .`)\u{a0}; pour un stage qui compile pour d’autres plateformes, écrivez `--platform=$BUILDPLATFORM`\u{a0}; ou, si ce stage ne sert qu’à cette plateforme, dites-le dans son nom (`AS build_amd64`).",
                "Remove `--platform` and choose the platform at build time (`docker build --platform linux/arm64 .`); for a stage that cross-compiles, write `--platform=$BUILDPLATFORM`; or, if the stage only serves that platform, say so in its name (`AS build_amd64`).",
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::lines;

    #[test]
    fn constant_platforms_unless_named_for_them() {
        let text = "FROM --platform=linux/amd64 alpine:3.20 AS build\nFROM --platform=linux/amd64 alpine:3.20 AS build_amd64\nFROM --platform=$BUILDPLATFORM alpine:3.20\n";
        assert_eq!(lines("FromPlatformFlagConstDisallowed", text), [1]);
    }

    #[test]
    fn the_advice_is_not_one_another_check_flags() {
        let text = "FROM --platform=linux/amd64 alpine:3.20 AS build\n";
        let analysis = crate::lint::analyze(text, &Default::default()).unwrap();
        let help = analysis.diagnostics[0].help.as_ref().unwrap();
        // RedundantTargetPlatform flags `--platform=$TARGETPLATFORM`.
        assert!(!help.fr.contains("TARGETPLATFORM"), "{}", help.fr);
        assert!(help.en.contains("$BUILDPLATFORM"), "{}", help.en);
        let followed = "FROM --platform=$BUILDPLATFORM alpine:3.20 AS build\n";
        assert!(
            crate::lint::analyze(followed, &Default::default())
                .unwrap()
                .diagnostics
                .is_empty()
        );
    }
}
