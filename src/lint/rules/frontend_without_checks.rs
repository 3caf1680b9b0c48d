//! FrontendWithoutChecks: `# syntax=docker/dockerfile:1.4` pins a Dockerfile
//! frontend older than 1.8, the first with checks. BuildKit hands the build
//! to that frontend, which runs none of them (and refuses
//! `docker build --check`), so multistage does not show BuildKit's checks
//! on such a file either, and says why here.

use crate::lint::context::line_span;
use crate::lint::{Context, Diagnostic, Message, Origin, Rule, Severity};
use crate::safe_text::escape_controls;

pub static RULE: Rule = Rule {
    code: "FrontendWithoutChecks",
    severity: Severity::Info,
    origin: Origin::Multistage,
    hadolint: &[],
    summary: (
        "Une directive `# syntax=` qui fixe un frontend antérieur aux contrôles de BuildKit.",
        "A `# syntax=` directive pinning a frontend older than BuildKit's checks.",
    ),
    check,
};

/// Whether the frontend `# syntax=` names runs BuildKit's checks: every
/// `docker/dockerfile` (or `-upstream`) from 1.8 on, `1`, `latest` and the
/// like; not 1.0 to 1.7 nor the old `experimental` tag. Other frontends
/// are given the benefit of the doubt.
pub(crate) fn runs_checks(syntax: &str) -> bool {
    let reference = syntax.split_once(' ').map_or(syntax, |(first, _)| first);
    let reference = reference
        .split_once('@')
        .map_or(reference, |(name, _)| name);
    let Some((name, tag)) = reference
        .rsplit_once(':')
        .filter(|(_, tag)| !tag.contains('/'))
    else {
        return true;
    };
    if !(name.ends_with("docker/dockerfile") || name.ends_with("docker/dockerfile-upstream")) {
        return true;
    }
    let version = tag
        .trim_end_matches("-labs")
        .trim_end_matches("-experimental");
    if version == "experimental" {
        return false;
    }
    let mut parts = version.split('.').map(str::parse::<u32>);
    match (parts.next(), parts.next()) {
        (Some(Ok(0)), _) => false,
        (Some(Ok(1)), Some(Ok(minor))) => minor >= 8,
        _ => true,
    }
}

fn check(cx: &Context<'_, '_>, out: &mut Vec<Diagnostic>) {
    let Some(directive) = cx
        .dockerfile
        .directives
        .iter()
        .find(|directive| directive.name == "syntax")
    else {
        return;
    };
    if runs_checks(directive.value) {
        return;
    }
    let frontend = escape_controls(directive.value).into_owned();
    out.push(Diagnostic {
        code: RULE.code,
        severity: RULE.severity,
        origin: RULE.origin,
        line: directive.line,
        span: line_span(cx.source, directive.line),
        message: Message::new(
            format!(
                "`{frontend}` fixe une version du frontend Dockerfile antérieure à 1.8\u{a0}: elle ne fait aucun des contrôles de BuildKit, et `docker build --check` est refusé. multistage n’affiche donc pas ces contrôles ici."
            ),
            format!(
                "`{frontend}` pins a Dockerfile frontend older than 1.8: it runs none of BuildKit's checks, and `docker build --check` is refused. So multistage does not show those checks here."
            ),
        ),
        help: Some(Message::new(
            "Écrivez `# syntax=docker/dockerfile:1` pour suivre la dernière version 1.x, avec ses contrôles.",
            "Write `# syntax=docker/dockerfile:1` to follow the latest 1.x release, checks included.",
        )),
    });
}

#[cfg(test)]
mod tests {
    use super::runs_checks;
    use crate::lint::testing::lines;

    #[test]
    fn versions_before_1_8_run_no_checks() {
        for old in [
            "docker/dockerfile:1.4",
            "docker/dockerfile:1.7.1",
            "docker.io/docker/dockerfile:1.2",
            "mirror.gcr.io/docker/dockerfile:1.3-labs",
            "docker/dockerfile:experimental",
            "docker/dockerfile:1.4@sha256:9ba7531bd80fb0a858632727cf7a112fbfd19b17e94c4e84ced81e24ef1a0dbc",
        ] {
            assert!(!runs_checks(old), "{old}");
        }
        for current in [
            "docker/dockerfile:1",
            "docker/dockerfile:1-labs",
            "docker/dockerfile:1.8",
            "docker/dockerfile:1.19.0",
            "docker/dockerfile-upstream:master",
            "docker/dockerfile",
            "localhost:5000/my/frontend:0.1",
        ] {
            assert!(runs_checks(current), "{current}");
        }
    }

    #[test]
    fn an_old_pin_hides_buildkits_checks_and_says_so() {
        let text =
            "# syntax=docker/dockerfile:1.4\nFROM alpine:3.20 as build\nENV A 1\nFROM alpine\n";
        assert_eq!(lines("FrontendWithoutChecks", text), [1]);
        assert!(lines("FromAsCasing", text).is_empty());
        assert!(lines("LegacyKeyValueFormat", text).is_empty());
        // Our own advice stays.
        assert_eq!(lines("UntaggedImage", text), [4]);
        let current = "# syntax=docker/dockerfile:1\nFROM alpine:3.20 as build\n";
        assert_eq!(lines("FromAsCasing", current), [2]);
    }
}
