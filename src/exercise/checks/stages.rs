//! Checks on the stages themselves: how many, their names, what a
//! `--target` builds, what the final stage depends on.

use serde::Deserialize;

use super::{Evaluate, Outcome, Subject, lower_case};
use crate::graph::{self, BaseKind, BuildOptions};
use crate::i18n::Lang;
use crate::lint::Message;

/// The number of stages is within bounds.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StageCount {
    pub min: Option<usize>,
    pub max: Option<usize>,
}

impl Evaluate for StageCount {
    fn validate(&self) -> Result<(), Message> {
        match (self.min, self.max) {
            (None, None) => Err(Message::new(
                "donnez `min`, `max` ou les deux",
                "give `min`, `max` or both",
            )),
            (Some(min), Some(max)) if min > max => Err(Message::new(
                "`min` est plus grand que `max`",
                "`min` is above `max`",
            )),
            _ => Ok(()),
        }
    }

    /// Only the stages `docker build .` builds count: BuildKit skips the others.
    fn evaluate(&self, subject: &Subject<'_, '_>) -> Outcome {
        let stages = &subject.graph.stages;
        let count = stages.iter().filter(|stage| stage.built).count();
        let within =
            self.min.is_none_or(|min| count >= min) && self.max.is_none_or(|max| count <= max);
        let plural = if count > 1 { "s" } else { "" };
        let skipped: Vec<String> = stages
            .iter()
            .filter(|stage| !stage.built)
            .map(|stage| stage.label())
            .collect();
        if skipped.is_empty() {
            return Outcome::unless(
                within,
                format!("Le Dockerfile compte {count}\u{a0}stage{plural}."),
                format!("The Dockerfile has {count} stage{plural}."),
            );
        }
        let fr = skipped
            .iter()
            .map(|name| format!("«\u{a0}{name}\u{a0}»"))
            .collect::<Vec<_>>()
            .join(", ");
        let en = skipped
            .iter()
            .map(|name| format!("“{name}”"))
            .collect::<Vec<_>>()
            .join(", ");
        Outcome::unless(
            within,
            format!(
                "`docker build .` construit {count}\u{a0}stage{plural}\u{a0}: l’image finale n’a besoin ni de {fr}, que BuildKit saute (UnusedStage)."
            ),
            format!(
                "`docker build .` builds {count} stage{plural}: the final image needs neither {en}, which BuildKit skips (UnusedStage)."
            ),
        )
    }
}

/// A stage has this name (and is the last one, with `last`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StageNamed {
    pub name: String,
    #[serde(default)]
    pub last: bool,
}

impl Evaluate for StageNamed {
    fn validate(&self) -> Result<(), Message> {
        lower_case(&self.name)
    }

    fn evaluate(&self, subject: &Subject<'_, '_>) -> Outcome {
        let Some(stage) = subject.stage(&self.name) else {
            return subject.missing_stage(&self.name);
        };
        let last = subject.graph.stages.len() - 1;
        Outcome::unless(
            !self.last || stage.index == last,
            format!(
                "«\u{a0}{}\u{a0}» n’est pas le dernier stage\u{a0}: `docker build` sans `--target` construit «\u{a0}{}\u{a0}».",
                self.name,
                subject.graph.stages[last].label()
            ),
            format!(
                "“{}” is not the last stage: `docker build` without `--target` builds “{}”.",
                self.name,
                subject.graph.stages[last].label()
            ),
        )
    }
}

/// Every `FROM` has its `AS name`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AllStagesNamed {}

impl Evaluate for AllStagesNamed {
    fn evaluate(&self, subject: &Subject<'_, '_>) -> Outcome {
        let unnamed: Vec<String> = subject
            .graph
            .stages
            .iter()
            .filter(|stage| stage.name.is_none())
            .map(|stage| stage.start_line.to_string())
            .collect();
        let (fr, en) = if unnamed.len() > 1 {
            ("les FROM des lignes", "the FROM lines")
        } else {
            ("le FROM de la ligne", "the FROM on line")
        };
        Outcome::unless(
            unnamed.is_empty(),
            format!("Sans nom\u{a0}: {fr} {}.", unnamed.join(", ")),
            format!("Unnamed: {en} {}.", unnamed.join(", ")),
        )
    }
}

/// `--target name` builds a stage, without building the stages of `without`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    pub name: String,
    /// Stages the target must not build; by default the last one.
    pub without: Option<Vec<String>>,
}

impl Evaluate for Target {
    fn validate(&self) -> Result<(), Message> {
        lower_case(&self.name)
    }

    fn evaluate(&self, subject: &Subject<'_, '_>) -> Outcome {
        let options = BuildOptions {
            target: Some(self.name.clone()),
            platform: subject.graph.platform.clone(),
            build_platform: subject.graph.build_platform.clone(),
            ..BuildOptions::default()
        };
        let Ok(graph) = graph::build(subject.dockerfile, &options) else {
            return Outcome::fail(
                format!(
                    "`docker build --target {}` échoue\u{a0}: aucun stage de ce nom (stages\u{a0}: {}).",
                    self.name,
                    subject.stage_names(Lang::Fr)
                ),
                format!(
                    "`docker build --target {}` fails: no stage has that name (stages: {}).",
                    self.name,
                    subject.stage_names(Lang::En)
                ),
            );
        };
        let last = graph.stages.len() - 1;
        if self.without.is_none() && graph.target == last {
            return Outcome::fail(
                format!(
                    "`--target {}` désigne le dernier stage, l’image finale elle-même (un autre stage porte-t-il le même nom\u{a0}?).",
                    self.name
                ),
                format!(
                    "`--target {}` names the last stage, the final image itself (does another stage have the same name?).",
                    self.name
                ),
            );
        }
        let unwanted: Vec<usize> = match &self.without {
            Some(names) => names
                .iter()
                .filter_map(|name| subject.stage(name).map(|stage| stage.index))
                .collect(),
            None => vec![last],
        };
        let built: Vec<String> = unwanted
            .into_iter()
            .filter(|&index| graph.stages[index].built)
            .map(|index| format!("«\u{a0}{}\u{a0}»", graph.stages[index].label()))
            .collect();
        if !built.is_empty() {
            return Outcome::fail(
                format!(
                    "`--target {}` construit aussi {}.",
                    self.name,
                    built.join(", ")
                ),
                format!("`--target {}` also builds {}.", self.name, built.join(", ")),
            );
        }
        // The stages this target builds must build: a test stage without jest fails here.
        let mut blocking: Vec<_> = graph
            .stages
            .iter()
            .filter(|stage| stage.built)
            .filter_map(|stage| subject.simulation.stages.get(stage.index))
            .flat_map(|image| image.notes.iter().filter(|note| note.blocks_build()))
            .collect();
        blocking.sort_by_key(|note| note.line);
        match blocking.first() {
            None => Outcome::pass(),
            Some(note) => Outcome::fail(
                format!(
                    "`docker build --target {}` échoue, ligne {}\u{a0}: {}",
                    self.name,
                    note.line,
                    note.message(crate::i18n::Lang::Fr)
                ),
                format!(
                    "`docker build --target {}` fails, line {}: {}",
                    self.name,
                    note.line,
                    note.message(crate::i18n::Lang::En)
                ),
            ),
        }
    }
}

/// The stage exists and the final stage does not need it, even indirectly.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FinalIndependentOf {
    pub stage: String,
}

impl Evaluate for FinalIndependentOf {
    fn validate(&self) -> Result<(), Message> {
        lower_case(&self.stage)
    }

    fn evaluate(&self, subject: &Subject<'_, '_>) -> Outcome {
        let Some(stage) = subject.stage(&self.stage) else {
            return subject.missing_stage(&self.stage);
        };
        let target = subject.graph.target;
        if stage.index == target {
            return Outcome::fail(
                format!("«\u{a0}{}\u{a0}» est le stage final lui-même.", self.stage),
                format!("“{}” is the final stage itself.", self.stage),
            );
        }
        match path_between(subject, target, stage.index) {
            None => Outcome::pass(),
            Some(path) => {
                let chain = path
                    .iter()
                    .map(|&index| subject.graph.stages[index].label())
                    .collect::<Vec<_>>()
                    .join(" → ");
                Outcome::fail(
                    format!(
                        "Le stage final dépend de «\u{a0}{}\u{a0}»\u{a0}: {chain}.",
                        self.stage
                    ),
                    format!("The final stage depends on “{}”: {chain}.", self.stage),
                )
            }
        }
    }
}

/// A chain of dependencies from `from` to `to`, if there is one.
fn path_between(subject: &Subject<'_, '_>, from: usize, to: usize) -> Option<Vec<usize>> {
    let stages = &subject.graph.stages;
    let mut previous: Vec<Option<usize>> = vec![None; stages.len()];
    let mut seen = vec![false; stages.len()];
    let mut queue = std::collections::VecDeque::from([from]);
    seen[from] = true;
    while let Some(current) = queue.pop_front() {
        if current == to {
            let mut path = vec![to];
            let mut at = to;
            while let Some(before) = previous[at] {
                path.push(before);
                at = before;
            }
            path.reverse();
            return Some(path);
        }
        for &next in &stages[current].depends_on {
            if next < stages.len() && !seen[next] {
                seen[next] = true;
                previous[next] = Some(current);
                queue.push_back(next);
            }
        }
    }
    None
}

/// These stages all descend (by `FROM`) from one same stage of the file,
/// which holds what `holds` names (the dependency files, written once).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SharedBase {
    pub stages: Vec<String>,
    #[serde(default)]
    pub holds: Vec<String>,
}

impl Evaluate for SharedBase {
    fn validate(&self) -> Result<(), Message> {
        if self.stages.len() < 2 {
            return Err(Message::new(
                "`stages` demande au moins deux noms",
                "`stages` needs at least two names",
            ));
        }
        self.stages.iter().try_for_each(|name| lower_case(name))?;
        super::contents::known_tags(&self.holds)
    }

    fn evaluate(&self, subject: &Subject<'_, '_>) -> Outcome {
        let mut common: Option<Vec<usize>> = None;
        for name in &self.stages {
            let Some(stage) = subject.stage(name) else {
                return subject.missing_stage(name);
            };
            let ancestors = ancestors(subject, stage.index);
            common = Some(match common {
                None => ancestors,
                Some(so_far) => so_far
                    .into_iter()
                    .filter(|a| ancestors.contains(a))
                    .collect(),
            });
        }
        let list = self
            .stages
            .iter()
            .map(|name| format!("«\u{a0}{name}\u{a0}»"))
            .collect::<Vec<_>>()
            .join(", ");
        let Some(&base) = common.as_ref().and_then(|common| common.first()) else {
            return Outcome::fail(
                format!("{list} ne partent pas d’un même stage de base (`FROM base AS …`)."),
                format!("{list} do not start from one shared base stage (`FROM base AS …`)."),
            );
        };
        // The nearest shared stage (or one above it) must hold what is shared.
        let shared: Vec<usize> = common.unwrap_or_default();
        let missing: Vec<crate::simulate::Tag> = self
            .holds
            .iter()
            .filter_map(|tag| tag.parse().ok())
            .filter(|tag| {
                !shared
                    .iter()
                    .any(|&index| subject.simulation.stages[index].has(tag))
            })
            .collect();
        let name = subject.graph.stages[base].label();
        let labels = |lang: Lang| {
            missing
                .iter()
                .map(|tag| tag.label(lang))
                .collect::<Vec<_>>()
                .join(", ")
        };
        Outcome::unless(
            missing.is_empty(),
            format!(
                "Le stage commun «\u{a0}{name}\u{a0}» ne contient pas {}\u{a0}: chaque stage les copie de son côté, au lieu de les écrire une fois.",
                labels(Lang::Fr)
            ),
            format!(
                "The shared stage “{name}” does not hold {}: each stage copies them on its own, instead of writing them once.",
                labels(Lang::En)
            ),
        )
    }
}

/// The stages a stage is built `FROM`, nearest first.
fn ancestors(subject: &Subject<'_, '_>, index: usize) -> Vec<usize> {
    let mut found = Vec::new();
    let mut at = index;
    while let BaseKind::Stage(parent) = subject.graph.stages[at].base_kind {
        if parent >= at || found.contains(&parent) {
            break;
        }
        found.push(parent);
        at = parent;
    }
    found
}
