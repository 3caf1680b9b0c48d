//! UntaggedImage: a base image, or an image in `COPY --from`, without a tag
//! or digest, or with `:latest`. The build then changes whenever the image
//! does, and the runtime you tested is not the one you ship.

use super::undefined_stage::missed_stage;
use crate::graph::{BaseKind, Resolution};
use crate::image_ref::ImageRef;
use crate::lint::official_images::looks_like_a_stage_name;
use crate::lint::{Context, Diagnostic, Message, Origin, Rule, Severity};
use crate::safe_text::escape_controls;

pub static RULE: Rule = Rule {
    code: "UntaggedImage",
    severity: Severity::Warning,
    origin: Origin::Multistage,
    hadolint: &["DL3006", "DL3007"],
    summary: (
        "Une image sans tag, ou avec le tag latest.",
        "An image without a tag, or tagged latest.",
    ),
    check,
};

/// `Some(true)` for `:latest`, `Some(false)` for no tag at all, `None` when pinned.
fn unpinned(reference: &str) -> Option<bool> {
    let image = ImageRef::parse(reference).ok()?;
    if image.digest.is_some() {
        return None;
    }
    match image.tag {
        None => Some(false),
        Some("latest") => Some(true),
        Some(_) => None,
    }
}

/// A current tag of well-known images, to show what pinning looks like.
/// Distroless images follow their updates under every tag: there, the
/// variant (`nonroot`) is what a tag says, and only a digest pins.
const EXAMPLE_TAGS: &[(&str, &str)] = &[
    ("node", "22-slim"),
    ("python", "3.12-slim"),
    ("golang", "1.26"),
    ("alpine", "3.22"),
    ("debian", "trixie-slim"),
    ("ubuntu", "24.04"),
    ("nginx", "1.28-alpine"),
    ("php", "8.3-fpm"),
    ("composer", "2"),
    ("rust", "1.90-slim"),
    ("eclipse-temurin", "21-jre"),
    ("maven", "3.9-eclipse-temurin-21"),
    ("redis", "8-alpine"),
    ("postgres", "17-alpine"),
    ("busybox", "1.37"),
];

/// `image` with a tag, the way this image is usually pinned.
fn pinned_example(image: &ImageRef<'_>, repository: &str) -> String {
    if image.path.starts_with("distroless/") {
        return format!("{repository}:nonroot");
    }
    let tag = image
        .official_name()
        .and_then(|name| EXAMPLE_TAGS.iter().find(|(known, _)| *known == name))
        .map_or("<version>", |(_, tag)| tag);
    format!("{repository}:{tag}")
}

fn message(written: &str, latest: bool) -> (Message, Message) {
    let shown = escape_controls(written).into_owned();
    let (fr, en) = if latest {
        ("porte le tag `latest`", "is tagged `latest`")
    } else {
        (
            "n’a pas de tag (Docker prendra `latest`)",
            "has no tag (Docker will take `latest`)",
        )
    };
    let repository = written
        .strip_suffix(":latest")
        .unwrap_or(written)
        .to_string();
    let repository = escape_controls(&repository).into_owned();
    let example = ImageRef::parse(written)
        .map(|image| pinned_example(&image, &repository))
        .unwrap_or_else(|_| format!("{repository}:<version>"));
    let example = escape_controls(&example).into_owned();
    (
        Message::new(
            format!(
                "L’image `{shown}` {fr}\u{a0}: votre build changera à chaque nouvelle version de l’image, sans que rien ne change dans votre Dockerfile."
            ),
            format!(
                "Image `{shown}` {en}: your build will change with every new version of the image, though nothing changed in your Dockerfile."
            ),
        ),
        Message::new(
            format!(
                "Fixez une version de cette image\u{a0}: `{example}`, ou son digest\u{a0}: `{repository}@sha256:…` (`docker buildx imagetools inspect {repository}` le donne)."
            ),
            format!(
                "Pin a version of this image: `{example}`, or its digest: `{repository}@sha256:…` (`docker buildx imagetools inspect {repository}` shows it)."
            ),
        ),
    )
}

fn check(cx: &Context<'_, '_>, out: &mut Vec<Diagnostic>) {
    let Some(graph) = cx.graph() else { return };
    for stage in &graph.stages {
        // A stage name written wrong is UndefinedStage's business, not a missing tag.
        if stage.base_kind != BaseKind::Image || missed_stage(graph, stage).is_some() {
            continue;
        }
        if let Some(latest) = unpinned(&stage.base) {
            let from = stage.instructions.start;
            let (message, help) = message(&stage.base, latest);
            out.push(cx.report(
                &RULE,
                from,
                cx.find(from, &stage.base_written),
                message,
                help,
            ));
        }
    }
    for reference in &graph.references {
        // A stage name gone wrong is UndefinedStage's business, not a missing tag.
        if reference.resolution != Resolution::Image || looks_like_a_stage_name(&reference.written)
        {
            continue;
        }
        if let Some(latest) = unpinned(&reference.written) {
            let (message, help) = message(&reference.written, latest);
            let span = cx.find(reference.instruction, &reference.written);
            out.push(cx.report(&RULE, reference.instruction, span, message, help));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::lines;

    #[test]
    fn untagged_latest_and_copied_images() {
        let text = "ARG BASE=ubuntu\nFROM alpine\nFROM alpine:latest\nCOPY --from=nginx /etc/nginx /etc/nginx\nFROM ${BASE}\n";
        assert_eq!(lines("UntaggedImage", text), [2, 3, 4, 5]);
    }

    #[test]
    fn pinned_images_stages_and_scratch() {
        let digest = "a".repeat(64);
        let text = format!(
            "ARG BASE=ubuntu:24.04\nFROM golang:1.26 AS build\nFROM build\nFROM scratch\nFROM node:24@sha256:{digest}\nFROM ${{BASE}}\nCOPY --from=composer:2 /usr/bin/composer /c\n"
        );
        assert!(lines("UntaggedImage", &text).is_empty());
    }

    #[test]
    fn the_suggestion_is_a_tag_of_the_same_image() {
        let help = |text: &str| {
            crate::lint::analyze(text, &Default::default())
                .unwrap()
                .diagnostics[0]
                .help
                .clone()
                .unwrap()
                .en
        };
        let distroless = help("FROM gcr.io/distroless/static-debian12\n");
        assert!(
            distroless.contains("`gcr.io/distroless/static-debian12:nonroot`"),
            "{distroless}"
        );
        assert!(distroless.contains("`gcr.io/distroless/static-debian12@sha256:…`"));
        assert!(!distroless.contains("node"), "{distroless}");
        let node = help("FROM node:latest\n");
        assert!(node.contains("`node:22-slim`"), "{node}");
        assert!(node.contains("`node@sha256:…`"), "{node}");
        let other = help("FROM ghcr.io/acme/tool\n");
        assert!(other.contains("`ghcr.io/acme/tool:<version>`"), "{other}");
    }

    #[test]
    fn a_misspelled_stage_is_not_an_untagged_image() {
        let text = "FROM alpine:3.20 AS builder\nFROM biulder\nCOPY --from=buidler /a /a\n";
        assert!(lines("UntaggedImage", text).is_empty());
        assert_eq!(crate::lint::testing::lines("UndefinedStage", text), [2, 3]);
    }
}
