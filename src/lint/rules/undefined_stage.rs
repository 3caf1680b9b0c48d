//! UndefinedStage: a `--from` (COPY) or `from=` (RUN --mount) that names no
//! stage BuildKit can use — a typo, an index out of range, a stage defined
//! further down — and a `FROM` that misses a stage by its case or by a typo.
//! BuildKit does not say "no such stage": it pulls an image of that name,
//! which fails far from the mistake. Images (`nginx`, `composer:2`,
//! `ghcr.io/…`) are left alone. What BuildKit refuses itself (a bad index,
//! a later stage, `FROM Builder`) is a BuildKit error; a name it would try
//! to pull is our own diagnosis, since BuildKit has no check for it.

use crate::graph::{BaseKind, Reference, ReferenceKind, Resolution, Stage, StageGraph};
use crate::image_ref::ImageRef;
use crate::lint::official_images::looks_like_a_stage_name;
use crate::lint::suggest::closest;
use crate::lint::{Context, Diagnostic, Message, Origin, Rule, Severity};
use crate::safe_text::escape_controls;

pub static RULE: Rule = Rule {
    code: "UndefinedStage",
    severity: Severity::Error,
    origin: Origin::BuildkitError,
    hadolint: &["DL3022"],
    summary: (
        "Un --from ou un FROM qui ne désigne aucun stage utilisable.",
        "A --from or a FROM that names no usable stage.",
    ),
    check,
};

fn check(cx: &Context<'_, '_>, out: &mut Vec<Diagnostic>) {
    let Some(graph) = cx.graph() else { return };
    for reference in &graph.references {
        if let Some((message, help)) = problem(cx, reference) {
            let mut diagnostic = cx.report(
                &RULE,
                reference.instruction,
                cx.find(reference.instruction, &reference.written),
                message,
                help,
            );
            // BuildKit refuses a bad index or a later stage itself; a name it
            // takes for an image fails only when the pull does, and BuildKit
            // has no check for it: that diagnosis is ours.
            if reference.resolution == Resolution::Image {
                diagnostic.origin = Origin::Multistage;
            }
            out.push(diagnostic);
        }
    }
    check_from_lines(cx, out);
}

fn problem(cx: &Context<'_, '_>, reference: &Reference) -> Option<(Message, Message)> {
    let graph = cx.graph()?;
    let written = escape_controls(&reference.written).into_owned();
    let flag = match reference.kind {
        ReferenceKind::CopyFrom => format!("--from={written}"),
        ReferenceKind::MountFrom => format!("from={written}"),
    };
    let names: Vec<&str> = graph
        .stages
        .iter()
        .filter_map(|s| s.name.as_deref())
        .collect();
    match &reference.resolution {
        Resolution::BadIndex => Some((
            Message::new(
                format!(
                    "`{flag}`\u{a0}: il n’y a pas de stage n°{written} (les stages sont numérotés de 0 à {}). BuildKit refusera le build.",
                    graph.stages.len() - 1
                ),
                format!(
                    "`{flag}`: there is no stage number {written} (stages are numbered 0 to {}). BuildKit will fail the build.",
                    graph.stages.len() - 1
                ),
            ),
            Message::new(
                "Nommez le stage (`FROM … AS builder`) et copiez depuis ce nom\u{a0}: `--from=builder`.",
                "Name the stage (`FROM … AS builder`) and copy from that name: `--from=builder`.",
            ),
        )),
        Resolution::Stage(source) if *source > reference.stage => {
            let later = &graph.stages[*source];
            Some((
                Message::new(
                    format!(
                        "`{flag}`\u{a0}: le stage «\u{a0}{}\u{a0}» est défini plus loin (ligne {}). Un stage ne peut utiliser qu’un stage défini avant lui.",
                        later.label(),
                        later.start_line
                    ),
                    format!(
                        "`{flag}`: stage “{}” is defined further down (line {}). A stage can only use a stage defined before it.",
                        later.label(),
                        later.start_line
                    ),
                ),
                Message::new(
                    format!(
                        "Déplacez le stage «\u{a0}{}\u{a0}» avant celui-ci.",
                        later.label()
                    ),
                    format!("Move stage “{}” above this one.", later.label()),
                ),
            ))
        }
        Resolution::Image
            if reference.kind == ReferenceKind::MountFrom
                && reference.written.bytes().all(|b| b.is_ascii_digit()) =>
        {
            Some((
                Message::new(
                    format!(
                        "`{flag}`\u{a0}: un montage ne prend pas d’index de stage. BuildKit cherchera une image nommée «\u{a0}{written}\u{a0}»."
                    ),
                    format!(
                        "`{flag}`: a mount takes no stage index. BuildKit will look for an image called “{written}”."
                    ),
                ),
                Message::new(
                    "Nommez le stage (`FROM … AS deps`) et montez-le par son nom\u{a0}: `from=deps`.",
                    "Name the stage (`FROM … AS deps`) and mount it by name: `from=deps`.",
                ),
            ))
        }
        Resolution::Image if looks_like_a_stage_name(&reference.written) => {
            let help = match closest(&reference.written, names.iter().copied()) {
                Some(name) => Message::new(
                    format!("Vouliez-vous écrire `--from={name}`\u{202f}?"),
                    format!("Did you mean `--from={name}`?"),
                ),
                None => Message::new(
                    "Écrivez le nom d’un stage défini plus haut, ou une image avec son tag (`nginx:1.27`). Si c’est un contexte nommé, passez-le au build\u{a0}: `--build-context nom=…`.",
                    "Write the name of a stage defined above, or an image with its tag (`nginx:1.27`). If it is a named context, pass it to the build: `--build-context name=…`.",
                ),
            };
            Some((
                Message::new(
                    format!(
                        "`{flag}`\u{a0}: aucun stage ne s’appelle «\u{a0}{written}\u{a0}» et ce n’est pas une image officielle connue. BuildKit essaiera de télécharger l’image docker.io/library/{written}, qui n’existe sans doute pas."
                    ),
                    format!(
                        "`{flag}`: no stage is called “{written}” and it is not a known official image. BuildKit will try to pull docker.io/library/{written}, which most likely does not exist."
                    ),
                ),
                help,
            ))
        }
        _ => None,
    }
}

/// How a `FROM` misses an earlier stage.
pub(crate) enum MissedStage<'g> {
    /// `FROM Builder` for stage `builder`: BuildKit matches FROM names exactly.
    Case(String),
    /// `FROM biulder` for stage `builder`.
    Typo(&'g str),
}

/// Whether this stage's base, taken for an image, is really an earlier stage
/// written wrong.
pub(crate) fn missed_stage<'g>(graph: &'g StageGraph, stage: &Stage) -> Option<MissedStage<'g>> {
    if stage.base_kind != BaseKind::Image || stage.base.contains(['/', ':', '@']) {
        return None;
    }
    let earlier = || {
        graph.stages[..stage.index]
            .iter()
            .filter_map(|s| s.name.as_deref())
    };
    let lower = stage.base.to_lowercase();
    if earlier().any(|name| name == lower) {
        return Some(MissedStage::Case(lower));
    }
    if ImageRef::parse(&stage.base).is_ok() && looks_like_a_stage_name(&stage.base) {
        return closest(&stage.base, earlier()).map(MissedStage::Typo);
    }
    None
}

fn check_from_lines(cx: &Context<'_, '_>, out: &mut Vec<Diagnostic>) {
    let Some(graph) = cx.graph() else { return };
    for stage in &graph.stages {
        let Some(missed) = missed_stage(graph, stage) else {
            continue;
        };
        let from = stage.instructions.start;
        let base = escape_controls(&stage.base).into_owned();
        let span = cx.find(from, &stage.base_written);
        // `FROM Builder` is refused ("repository name must be lowercase");
        // `FROM biulder` is pulled, and fails far from the typo.
        let origin = match missed {
            MissedStage::Case(_) => Origin::BuildkitError,
            MissedStage::Typo(_) => Origin::Multistage,
        };
        let (message, help) = match missed {
            MissedStage::Case(lower) => (
                Message::new(
                    format!(
                        "`FROM {base}`\u{a0}: le stage s’appelle «\u{a0}{lower}\u{a0}». Contrairement à `--from`, `FROM` compare les noms tels quels et BuildKit y verra une image (refusée, car un nom d’image s’écrit en minuscules)."
                    ),
                    format!(
                        "`FROM {base}`: the stage is called “{lower}”. Unlike `--from`, `FROM` compares names as written and BuildKit will take this for an image (refused, since image names are lower case)."
                    ),
                ),
                Message::new(
                    format!("Écrivez `FROM {lower}`."),
                    format!("Write `FROM {lower}`."),
                ),
            ),
            MissedStage::Typo(name) => (
                Message::new(
                    format!(
                        "`FROM {base}`\u{a0}: aucun stage ne s’appelle «\u{a0}{base}\u{a0}», BuildKit essaiera de télécharger l’image docker.io/library/{base}."
                    ),
                    format!(
                        "`FROM {base}`: no stage is called “{base}”, BuildKit will try to pull the image docker.io/library/{base}."
                    ),
                ),
                Message::new(
                    format!("Vouliez-vous écrire `FROM {name}`\u{202f}?"),
                    format!("Did you mean `FROM {name}`?"),
                ),
            ),
        };
        let mut diagnostic = cx.report(&RULE, from, span, message, help);
        diagnostic.origin = origin;
        out.push(diagnostic);
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::{lines, messages};

    #[test]
    fn a_misspelled_stage_is_an_error_with_a_suggestion() {
        let text =
            "FROM node:22 AS builder\nFROM node:22-slim\nCOPY --from=buidler /app/dist ./dist\n";
        assert_eq!(lines("UndefinedStage", text), [3]);
        assert!(messages("UndefinedStage", text)[0].contains("docker.io/library/buidler"));
    }

    #[test]
    fn indexes_later_stages_and_mount_indexes() {
        let text = "\
FROM alpine:3.20 AS a
COPY --from=later /x /x
COPY --from=1 /y /y
FROM alpine:3.20 AS later
COPY --from=5 /z /z
RUN --mount=type=bind,from=0,target=/m true
";
        assert_eq!(lines("UndefinedStage", text), [2, 3, 5, 6]);
    }

    #[test]
    fn from_with_the_wrong_case_or_a_typo() {
        let text =
            "FROM alpine:3.20 AS builder\nFROM Builder\nFROM biulder AS final\nFROM myimage\n";
        assert_eq!(lines("UndefinedStage", text), [2, 3]);
    }

    #[test]
    fn images_and_case_insensitive_names_are_fine() {
        let text = "\
FROM golang:1.26 AS builder
FROM alpine:3.20
COPY --from=BUILDER /out /out
COPY --from=0 /out /out2
COPY --from=nginx /etc/nginx /etc/nginx
COPY --from=composer:2 /usr/bin/composer /usr/bin/composer
COPY --from=ghcr.io/astral-sh/uv:0.5 /uv /bin/uv
RUN --mount=type=cache,target=/root/.cache true
";
        assert!(lines("UndefinedStage", text).is_empty());
    }
}
