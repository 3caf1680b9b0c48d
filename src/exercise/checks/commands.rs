//! Checks on what runs: tests in a stage, the form of the start command,
//! and whether the build as simulated would succeed at all (`starts.rs`
//! holds whether the container would).

use serde::Deserialize;

use super::{Evaluate, Outcome, Subject, lower_case};
use crate::i18n::Lang;
use crate::lint::Message;

/// The stage runs the tests (a known test command in a `RUN`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RunsTests {
    pub stage: String,
}

impl Evaluate for RunsTests {
    fn validate(&self) -> Result<(), Message> {
        lower_case(&self.stage)
    }

    fn evaluate(&self, subject: &Subject<'_, '_>) -> Outcome {
        let Some(stage) = subject.stage(&self.stage) else {
            return subject.missing_stage(&self.stage);
        };
        Outcome::unless(
            subject.simulation.stages[stage.index].ran_tests,
            format!(
                "Le stage «\u{a0}{}\u{a0}» ne lance aucune commande de test (`npm test`, `go test`, `pytest`…).",
                self.stage
            ),
            format!(
                "The stage “{}” runs no test command (`npm test`, `go test`, `pytest`…).",
                self.stage
            ),
        )
    }
}

/// `docker build .` runs no test: no stage it builds runs them.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DefaultBuildRunsNoTests {}

impl Evaluate for DefaultBuildRunsNoTests {
    fn evaluate(&self, subject: &Subject<'_, '_>) -> Outcome {
        let testing: Vec<String> = subject
            .graph
            .stages
            .iter()
            .filter(|stage| stage.built && subject.simulation.stages[stage.index].ran_tests)
            .map(|stage| stage.label())
            .collect();
        let fr = testing
            .iter()
            .map(|n| format!("«\u{a0}{n}\u{a0}»"))
            .collect::<Vec<_>>()
            .join(", ");
        let en = testing
            .iter()
            .map(|n| format!("“{n}”"))
            .collect::<Vec<_>>()
            .join(", ");
        Outcome::unless(
            testing.is_empty(),
            format!("`docker build .` lance encore les tests, dans {fr}."),
            format!("`docker build .` still runs the tests, in {en}."),
        )
    }
}

/// The final stage's `CMD` or `ENTRYPOINT` is in exec (JSON) form.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExecForm {}

impl Evaluate for ExecForm {
    fn evaluate(&self, subject: &Subject<'_, '_>) -> Outcome {
        let config = &subject.simulation.image().config;
        let written: Vec<_> = [&config.entrypoint, &config.cmd]
            .into_iter()
            .flatten()
            .filter(|command| command.line.is_some())
            .collect();
        if written.is_empty() {
            return Outcome::fail(
                "Le stage final n’a ni `CMD` ni `ENTRYPOINT`.",
                "The final stage has neither `CMD` nor `ENTRYPOINT`.",
            );
        }
        let shell: Vec<_> = written.iter().filter(|command| !command.exec).collect();
        let list = |lang: Lang| {
            shell
                .iter()
                .map(|command| {
                    let line = lang.pick("ligne", "line");
                    format!(
                        "{line} {}, `{} [\"…\", \"…\"]`",
                        command.line.unwrap_or_default(),
                        command.keyword.name()
                    )
                })
                .collect::<Vec<_>>()
                .join(lang.pick("\u{a0}; ", "; "))
        };
        Outcome::unless(
            shell.is_empty(),
            format!("Forme shell à passer en JSON\u{a0}: {}.", list(Lang::Fr)),
            format!("Shell form to turn into JSON: {}.", list(Lang::En)),
        )
    }
}

/// Nothing in the simulated build would make `docker build` fail.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Builds {}

impl Evaluate for Builds {
    fn evaluate(&self, subject: &Subject<'_, '_>) -> Outcome {
        let blocking: Vec<_> = subject
            .simulation
            .notes(subject.graph)
            .into_iter()
            .filter(|note| note.blocks_build())
            .collect();
        let errors: Vec<_> = subject
            .diagnostics
            .iter()
            .filter(|diagnostic| diagnostic.severity == crate::lint::Severity::Error)
            .collect();
        if blocking.is_empty() && errors.is_empty() {
            return Outcome::pass();
        }
        let list = |lang: Lang| {
            let mut lines: Vec<(usize, String)> = blocking
                .iter()
                .map(|note| (note.line, note.message(lang)))
                .chain(
                    errors
                        .iter()
                        .map(|d| (d.line, d.message.get(lang).to_string())),
                )
                .collect();
            lines.sort_by_key(|(line, _)| *line);
            let word = lang.pick("ligne", "line");
            lines
                .into_iter()
                .take(3)
                // A dash, not a colon: the message is a sentence of its own.
                .map(|(line, message)| format!("{word} {line} — {message}"))
                .collect::<Vec<_>>()
                .join("\n")
        };
        Outcome::fail(list(Lang::Fr), list(Lang::En))
    }
}

/// The compiler runs on the build machine's own platform: every stage of
/// the build that compiles the project runs on `$BUILDPLATFORM`, not under
/// emulation of the target's (`FROM --platform=$BUILDPLATFORM`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompilesNatively {}

impl Evaluate for CompilesNatively {
    fn evaluate(&self, subject: &Subject<'_, '_>) -> Outcome {
        let build = &subject.graph.build_platform;
        let compiling: Vec<&crate::graph::Stage> = subject
            .graph
            .stages
            .iter()
            .filter(|stage| {
                stage.built
                    && !subject.simulation.stages[stage.index]
                        .compiled_at
                        .is_empty()
            })
            .collect();
        if compiling.is_empty() {
            return Outcome::fail(
                "Aucun stage du build ne compile le projet.",
                "No stage of the build compiles the project.",
            );
        }
        let emulated: Vec<String> = compiling
            .iter()
            .filter(|stage| stage.runs_on != *build)
            .map(|stage| format!("{} ({})", stage.label(), stage.runs_on.spec()))
            .collect();
        Outcome::unless(
            emulated.is_empty(),
            format!(
                "Le compilateur tourne sous émulation de la plateforme cible dans {}\u{a0}: la machine de build est {}. Écrivez `FROM --platform=$BUILDPLATFORM …` pour ce stage.",
                emulated.join(", "),
                build.spec()
            ),
            format!(
                "The compiler runs under emulation of the target platform in {}: the build machine is {}. Write `FROM --platform=$BUILDPLATFORM …` for that stage.",
                emulated.join(", "),
                build.spec()
            ),
        )
    }
}

/// The tools whose caches the simulation follows.
const CACHED_TOOLS: [&str; 1] = ["go"];

/// `tool` keeps its caches in cache mounts: every cache it wrote in a stage
/// the build builds lay in a `RUN --mount=type=cache` there, so the cache
/// outlives the build and reaches no layer.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CacheMounted {
    pub tool: String,
}

impl Evaluate for CacheMounted {
    fn validate(&self) -> Result<(), Message> {
        if CACHED_TOOLS.contains(&self.tool.as_str()) {
            Ok(())
        } else {
            Err(Message::new(
                format!("`tool` vaut l’un de\u{a0}: {}", CACHED_TOOLS.join(", ")),
                format!("`tool` is one of: {}", CACHED_TOOLS.join(", ")),
            ))
        }
    }

    fn evaluate(&self, subject: &Subject<'_, '_>) -> Outcome {
        let uses: Vec<&crate::simulate::CacheUse> = subject
            .graph
            .stages
            .iter()
            .filter(|stage| stage.built)
            .flat_map(|stage| &subject.simulation.stages[stage.index].cache_uses)
            .filter(|cache| cache.tool == self.tool)
            .collect();
        if uses.is_empty() {
            return Outcome::fail(
                format!(
                    "Aucune commande `{}` du build n’utilise de cache.",
                    self.tool
                ),
                format!("No `{}` command of the build uses a cache.", self.tool),
            );
        }
        let mut outside: Vec<(&str, usize)> = uses
            .iter()
            .filter(|cache| !cache.mounted)
            .map(|cache| (cache.path.as_str(), cache.line))
            .collect();
        outside.dedup();
        let list = |word: &str| {
            outside
                .iter()
                .map(|(path, line)| format!("`{path}` ({word} {line})"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        Outcome::unless(
            outside.is_empty(),
            format!(
                "Ce cache n’est dans aucun montage de cache\u{a0}: {}. Ajoutez au `RUN` `--mount=type=cache,target=…` à cet endroit.",
                list("ligne")
            ),
            format!(
                "This cache is in no cache mount: {}. Add `--mount=type=cache,target=…` at that place to the `RUN`.",
                list("line")
            ),
        )
    }
}
