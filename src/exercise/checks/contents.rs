//! Checks on what the final image holds, through the build simulation:
//! tags present or absent, what arrived by `COPY --from`, the estimated size.

use serde::Deserialize;

use super::{Evaluate, Outcome, Subject, lower_case};
use crate::i18n::Lang;
use crate::lint::Message;
use crate::simulate::{Size, StageImage, Tag};

fn labels(tags: &[Tag], lang: Lang) -> String {
    tags.iter()
        .map(|tag| tag.label(lang))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The tags a check names; unknown ones are refused when the exercise loads.
fn parsed(tags: &[String]) -> Vec<Tag> {
    tags.iter().filter_map(|tag| tag.parse().ok()).collect()
}

/// The tags no file of `image` carries.
fn missing(image: &StageImage, tags: &[String]) -> Vec<Tag> {
    parsed(tags)
        .into_iter()
        .filter(|tag| !image.has(tag))
        .collect()
}

fn non_empty(tags: &[String]) -> Result<(), Message> {
    if tags.is_empty() {
        return Err(Message::new("`tags` est vide", "`tags` is empty"));
    }
    known_tags(tags)
}

/// Every tag is one the simulation puts on files.
pub(super) fn known_tags(tags: &[String]) -> Result<(), Message> {
    match tags.iter().find(|tag| tag.parse::<Tag>().is_err()) {
        Some(unknown) => Err(Message::new(
            format!(
                "étiquette inconnue `{unknown}` (connues\u{a0}: {})",
                Tag::known_names()
            ),
            format!("unknown tag `{unknown}` (known: {})", Tag::known_names()),
        )),
        None => Ok(()),
    }
}

/// For each tag, a file of the final image carries it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FinalContains {
    pub tags: Vec<String>,
}

impl Evaluate for FinalContains {
    fn validate(&self) -> Result<(), Message> {
        non_empty(&self.tags)
    }

    fn evaluate(&self, subject: &Subject<'_, '_>) -> Outcome {
        let missing = missing(subject.simulation.image(), &self.tags);
        Outcome::unless(
            missing.is_empty(),
            format!(
                "Il manque à l’image finale\u{a0}: {}.",
                labels(&missing, Lang::Fr)
            ),
            format!("The final image lacks: {}.", labels(&missing, Lang::En)),
        )
    }
}

/// No file of the final image carries one of these tags.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FinalExcludes {
    pub tags: Vec<String>,
}

impl Evaluate for FinalExcludes {
    fn validate(&self) -> Result<(), Message> {
        non_empty(&self.tags)
    }

    fn evaluate(&self, subject: &Subject<'_, '_>) -> Outcome {
        let image = subject.simulation.image();
        let tags = parsed(&self.tags);
        // (path, tag, the line of the RUN that hid it while its layer keeps it)
        let mut found: Vec<(String, &Tag, Option<usize>)> = Vec::new();
        for entry in &image.files.entries {
            if let Some(tag) = tags.iter().find(|tag| entry.has(tag)) {
                found.push((entry.path.clone(), tag, None));
            }
        }
        for shadowed in &image.shadowed {
            if let Some(tag) = tags.iter().find(|tag| shadowed.entry.has(tag)) {
                found.push((shadowed.entry.path.clone(), tag, Some(shadowed.removed_at)));
            }
        }
        found.sort();
        found.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
        let list = |lang: Lang| {
            found
                .iter()
                .map(|(path, tag, hidden)| match hidden {
                    None => format!("`{path}` ({})", tag.label(lang)),
                    Some(line) => lang.pick(
                        format!("`{path}` ({}, supprimé à la ligne {line} mais toujours dans la couche qui l’a ajouté\u{a0}: supprimez-le dans le même RUN, ou ne le copiez pas)", tag.label(lang)),
                        format!("`{path}` ({}, removed on line {line} but still in the layer that added it: remove it in the same RUN, or do not copy it)", tag.label(lang)),
                    ),
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        Outcome::unless(
            found.is_empty(),
            format!("L’image finale contient encore\u{a0}: {}.", list(Lang::Fr)),
            format!("The final image still holds: {}.", list(Lang::En)),
        )
    }
}

/// The final image received, by `COPY --from` of another stage (the one
/// named `from`, if given; one built on an image of `from_base`, if given),
/// a file carrying every tag.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CopyFrom {
    pub tags: Vec<String>,
    pub from: Option<String>,
    #[serde(default)]
    pub from_base: Vec<String>,
}

impl Evaluate for CopyFrom {
    fn validate(&self) -> Result<(), Message> {
        non_empty(&self.tags)?;
        self.from.as_deref().map_or(Ok(()), lower_case)
    }

    fn evaluate(&self, subject: &Subject<'_, '_>) -> Outcome {
        let wanted_stage = match &self.from {
            Some(name) => match subject.stage(name) {
                Some(stage) => Some(stage.index),
                None => {
                    return subject.missing_stage(name);
                }
            },
            None => None,
        };
        let target = subject.graph.target;
        let tags = parsed(&self.tags);
        let on_wanted_base = |stage: usize| {
            self.from_base.is_empty() || {
                let root = subject.graph.root_image(stage);
                self.from_base
                    .iter()
                    .any(|pattern| crate::simulate::images::matches(pattern, &root))
            }
        };
        let copied_from: Vec<usize> = subject
            .simulation
            .image()
            .files
            .entries
            .iter()
            .filter(|entry| tags.iter().all(|tag| entry.has(tag)))
            .filter_map(|entry| entry.copied_from)
            .filter(|&stage| stage != target && wanted_stage.is_none_or(|wanted| wanted == stage))
            .collect();
        if let Some(&stage) = copied_from.first()
            && !copied_from.iter().any(|&stage| on_wanted_base(stage))
        {
            let root = subject.graph.root_image(stage);
            let name = subject.graph.stages[stage].label();
            return Outcome::fail(
                format!(
                    "{} vient du stage «\u{a0}{name}\u{a0}», construit sur `{root}`, pas sur {}.",
                    labels(&tags, Lang::Fr),
                    self.from_base.join(", ")
                ),
                format!(
                    "{} comes from the stage “{name}”, built on `{root}`, not on {}.",
                    labels(&tags, Lang::En),
                    self.from_base.join(", ")
                ),
            );
        }
        let copied = !copied_from.is_empty();
        Outcome::unless(
            copied,
            format!(
                "Aucun `COPY --from` n’apporte {} dans l’image finale.",
                labels(&tags, Lang::Fr)
            ),
            format!(
                "No `COPY --from` brings {} into the final image.",
                labels(&tags, Lang::En)
            ),
        )
    }
}

/// The stage `stage` holds, for each tag, a file carrying it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StageContains {
    pub stage: String,
    pub tags: Vec<String>,
}

impl Evaluate for StageContains {
    fn validate(&self) -> Result<(), Message> {
        non_empty(&self.tags)?;
        lower_case(&self.stage)
    }

    fn evaluate(&self, subject: &Subject<'_, '_>) -> Outcome {
        let Some(stage) = subject.stage(&self.stage) else {
            return subject.missing_stage(&self.stage);
        };
        let missing = missing(&subject.simulation.stages[stage.index], &self.tags);
        Outcome::unless(
            missing.is_empty(),
            format!(
                "Il manque au stage «\u{a0}{}\u{a0}»\u{a0}: {}.",
                self.stage,
                labels(&missing, Lang::Fr)
            ),
            format!(
                "The stage “{}” lacks: {}.",
                self.stage,
                labels(&missing, Lang::En)
            ),
        )
    }
}

/// `docker build --target <stage> --output type=local,dest=out .` writes
/// the stage's whole filesystem: it holds, for each tag, a file carrying it,
/// and nothing else (folders aside) — no base image, no sources.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exports {
    pub stage: String,
    pub tags: Vec<String>,
    /// The files land right in the destination (`dist/jsonlint`), not in
    /// folders of the stage (`dist/usr/local/bin/jsonlint`).
    #[serde(default)]
    pub at_root: bool,
}

impl Evaluate for Exports {
    fn validate(&self) -> Result<(), Message> {
        non_empty(&self.tags)?;
        lower_case(&self.stage)
    }

    fn evaluate(&self, subject: &Subject<'_, '_>) -> Outcome {
        let Some(stage) = subject.stage(&self.stage) else {
            return subject.missing_stage(&self.stage);
        };
        // `--target` builds the stage and what it needs: none may fail.
        let options = crate::graph::BuildOptions {
            target: Some(self.stage.clone()),
            platform: subject.graph.platform.clone(),
            build_platform: subject.graph.build_platform.clone(),
            ..crate::graph::BuildOptions::default()
        };
        if let Ok(graph) = crate::graph::build(subject.dockerfile, &options)
            && let Some(note) = subject
                .simulation
                .notes(&graph)
                .into_iter()
                .find(|note| note.blocks_build())
        {
            return Outcome::fail(
                format!(
                    "`docker build --target {}` échouerait, ligne {}\u{a0}: {}",
                    self.stage,
                    note.line,
                    note.message(Lang::Fr)
                ),
                format!(
                    "`docker build --target {}` would fail, line {}: {}",
                    self.stage,
                    note.line,
                    note.message(Lang::En)
                ),
            );
        }
        let image = &subject.simulation.stages[stage.index];
        let missing = missing(image, &self.tags);
        if !missing.is_empty() {
            return Outcome::fail(
                format!(
                    "L’export du stage «\u{a0}{}\u{a0}» n’aurait pas\u{a0}: {}.",
                    self.stage,
                    labels(&missing, Lang::Fr)
                ),
                format!(
                    "The export of the stage “{}” would lack: {}.",
                    self.stage,
                    labels(&missing, Lang::En)
                ),
            );
        }
        let wanted = parsed(&self.tags);
        if self.at_root
            && let Some(nested) = image.files.entries.iter().find(|entry| {
                wanted.iter().any(|tag| entry.has(tag)) && entry.path.matches('/').count() > 1
            })
        {
            let path = &nested.path;
            return Outcome::fail(
                format!(
                    "`--output` écrirait `dist{path}`\u{a0}: le stage garde ses dossiers. Copiez le fichier à la racine du stage (`COPY --from=… /chemin/du/fichier /`)."
                ),
                format!(
                    "`--output` would write `dist{path}`: the stage keeps its folders. Copy the file to the stage’s root (`COPY --from=… /path/to/file /`)."
                ),
            );
        }
        let mut extra: Vec<&str> = image
            .files
            .entries
            .iter()
            .filter(|entry| !(entry.dir && entry.tags.is_empty()))
            .filter(|entry| !wanted.iter().any(|tag| entry.has(tag)))
            .map(|entry| entry.path.as_str())
            .collect();
        extra.sort_unstable();
        let shown = extra
            .iter()
            .take(3)
            .map(|path| format!("`{path}`"))
            .collect::<Vec<_>>()
            .join(", ");
        let more = extra.len().saturating_sub(3);
        let (more_fr, more_en) = if more > 0 {
            (format!(" et {more} de plus"), format!(" and {more} more"))
        } else {
            (String::new(), String::new())
        };
        Outcome::unless(
            extra.is_empty(),
            format!(
                "`--output` écrirait tout le stage «\u{a0}{}\u{a0}», donc aussi {shown}{more_fr}\u{a0}: partez de `scratch` et n’y copiez que le résultat.",
                self.stage
            ),
            format!(
                "`--output` would write the whole stage “{}”, so also {shown}{more_en}: start it from `scratch` and copy only the result into it.",
                self.stage
            ),
        )
    }
}

/// The estimated final size is at most `max_ratio` × the naive image's, or at most `max`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FinalSize {
    pub max_ratio: Option<f64>,
    pub max: Option<Size>,
}

impl Evaluate for FinalSize {
    fn validate(&self) -> Result<(), Message> {
        match (self.max_ratio, self.max) {
            (None, None) => Err(Message::new(
                "donnez `max_ratio`, `max` ou les deux",
                "give `max_ratio`, `max` or both",
            )),
            (Some(ratio), _) if !(ratio > 0.0 && ratio <= 1.0) => Err(Message::new(
                "`max_ratio` doit être dans ]0, 1]",
                "`max_ratio` must be in ]0, 1]",
            )),
            _ => Ok(()),
        }
    }

    fn evaluate(&self, subject: &Subject<'_, '_>) -> Outcome {
        let Some(size) = subject.simulation.image().size() else {
            return Outcome::fail(
                "La taille de l’image finale est inconnue\u{a0}: son image de base manque au tableau des tailles.",
                "The final image’s size is unknown: its base image is missing from the size table.",
            );
        };
        let shown = |lang: Lang| Size(size).display(lang);
        if let Some(max) = self.max
            && size > max.0
        {
            return Outcome::fail(
                format!(
                    "Image finale ≈\u{a0}{}, au-delà de {}.",
                    shown(Lang::Fr),
                    max.display(Lang::Fr)
                ),
                format!(
                    "Final image ≈ {}, above {}.",
                    shown(Lang::En),
                    max.display(Lang::En)
                ),
            );
        }
        if let Some(ratio) = self.max_ratio {
            let Some(naive) = subject.naive_size.filter(|&naive| naive > 0) else {
                return Outcome::fail(
                    "La taille de l’image naïve est inconnue.",
                    "The naive image’s size is unknown.",
                );
            };
            let percent = (size as f64 / naive as f64 * 100.0).round();
            return Outcome::unless(
                size as f64 <= ratio * naive as f64,
                format!(
                    "Image finale ≈\u{a0}{}, soit {percent}\u{a0}% de l’image naïve (≈\u{a0}{})\u{a0}; visez au plus {}\u{a0}%.",
                    shown(Lang::Fr),
                    Size(naive).display(Lang::Fr),
                    (ratio * 100.0).round()
                ),
                format!(
                    "Final image ≈ {}, {percent}% of the naive image (≈ {}); aim for {}% at most.",
                    shown(Lang::En),
                    Size(naive).display(Lang::En),
                    (ratio * 100.0).round()
                ),
            );
        }
        Outcome::pass()
    }
}

/// No build secret reached a layer: no stage the build builds holds a file
/// made from a secret, not even one a later instruction deletes (the layer
/// that added it keeps it, in the cache and in the stage's history).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SecretsStayOut {}

impl Evaluate for SecretsStayOut {
    fn evaluate(&self, subject: &Subject<'_, '_>) -> Outcome {
        let mut found: Vec<(String, String)> = Vec::new();
        for stage in subject.graph.stages.iter().filter(|stage| stage.built) {
            let image = &subject.simulation.stages[stage.index];
            let visible = image.files.entries.iter();
            let shadowed = image.shadowed.iter().map(|shadowed| &shadowed.entry);
            for entry in visible.chain(shadowed) {
                if entry.has(&Tag::Secret) {
                    found.push((stage.label(), entry.path.clone()));
                }
            }
        }
        let list = found
            .iter()
            .take(3)
            .map(|(stage, path)| format!("`{path}` ({stage})"))
            .collect::<Vec<_>>()
            .join(", ");
        Outcome::unless(
            found.is_empty(),
            format!(
                "Le secret est resté dans une couche\u{a0}: {list}. Même effacé plus loin, même dans un stage que l’image finale ne copie pas, il reste dans l’historique et le cache du build. Laissez-le dans le montage (`RUN --mount=type=secret,…`) le temps de la commande."
            ),
            format!(
                "The secret stayed in a layer: {list}. Even deleted later, even in a stage the final image does not copy, it stays in the build’s history and cache. Leave it in the mount (`RUN --mount=type=secret,…`) for the command’s time."
            ),
        )
    }
}
