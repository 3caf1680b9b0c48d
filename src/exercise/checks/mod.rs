//! The check vocabulary of `exercise.toml`. Each kind is a small type in
//! one of the files here — what it reads from `[[checks]]`, what makes it
//! valid, how it judges a [`Subject`] — and one line in [`checks!`]; the
//! `kind` key of a check picks it. Checks judge meaning (the stage graph,
//! the simulated build, the lints), never the text of the file.

mod base;
mod commands;
mod contents;
mod context;
mod lints;
mod stages;
mod starts;

use serde::Deserialize;

use crate::dockerfile::Dockerfile;
use crate::graph::{Stage, StageGraph};
use crate::i18n::Lang;
use crate::lint::{Diagnostic, Message};
use crate::simulate::{Scenario, Simulation};

/// Everything a check may look at in a learner's Dockerfile.
pub struct Subject<'a, 'src> {
    pub dockerfile: &'a Dockerfile<'src>,
    pub graph: &'a StageGraph,
    pub diagnostics: &'a [Diagnostic],
    pub simulation: &'a Simulation,
    /// Estimated size of the exercise's naive single-stage image.
    pub naive_size: Option<u64>,
    pub scenario: &'a Scenario,
}

impl Subject<'_, '_> {
    /// The stage with this name, compared as BuildKit does (lower case).
    pub fn stage(&self, name: &str) -> Option<&Stage> {
        let name = name.to_ascii_lowercase();
        self.graph
            .stages
            .iter()
            .find(|stage| stage.name.as_deref() == Some(name.as_str()))
    }

    /// The names of the stages, quoted for messages in `lang`.
    pub fn stage_names(&self, lang: Lang) -> String {
        self.graph
            .stages
            .iter()
            .map(|stage| lang.quote(&stage.label()))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The failure when no stage has `name`, with the names there are.
    pub fn missing_stage(&self, name: &str) -> Outcome {
        Outcome::fail(
            format!(
                "Aucun stage ne s’appelle «\u{a0}{name}\u{a0}» (stages\u{a0}: {}).",
                self.stage_names(Lang::Fr)
            ),
            format!(
                "No stage is named “{name}” (stages: {}).",
                self.stage_names(Lang::En)
            ),
        )
    }

    pub fn final_stage(&self) -> &Stage {
        &self.graph.stages[self.graph.target]
    }
}

/// Refuses a stage name BuildKit would never match (it lower-cases them).
fn lower_case(name: &str) -> Result<(), Message> {
    if name == name.to_ascii_lowercase() {
        Ok(())
    } else {
        let lower = name.to_ascii_lowercase();
        Err(Message::new(
            format!("BuildKit écrit les noms de stages en minuscules\u{a0}: écrivez `{lower}`"),
            format!("stage names are lower case in BuildKit: write `{lower}`"),
        ))
    }
}

/// What a check concluded, and why when it failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub passed: bool,
    /// What the checker saw: the extra files, the missing stage…
    pub detail: Option<Message>,
}

impl Outcome {
    pub fn pass() -> Outcome {
        Outcome {
            passed: true,
            detail: None,
        }
    }

    pub fn fail(fr: impl Into<String>, en: impl Into<String>) -> Outcome {
        Outcome {
            passed: false,
            detail: Some(Message::new(fr, en)),
        }
    }

    /// Passes when `passed`, else fails with the detail.
    pub fn unless(passed: bool, fr: impl Into<String>, en: impl Into<String>) -> Outcome {
        if passed {
            Outcome::pass()
        } else {
            Outcome::fail(fr, en)
        }
    }
}

/// One kind of check.
pub trait Evaluate {
    /// Whether the fields make sense (a teacher's typo is caught on load).
    fn validate(&self) -> Result<(), Message> {
        Ok(())
    }

    fn evaluate(&self, subject: &Subject<'_, '_>) -> Outcome;
}

/// Declares the `kind`s: the enum read from TOML and its dispatch.
macro_rules! checks {
    ($($kind:literal => $variant:ident($type:path),)*) => {
        /// A check, by its `kind`.
        #[derive(Debug, Clone, Deserialize)]
        #[serde(tag = "kind")]
        pub enum Check {
            $(#[serde(rename = $kind)] $variant($type),)*
        }

        impl Check {
            /// Every `kind`, for documentation and tests.
            pub const KINDS: &'static [&'static str] = &[$($kind),*];

            pub fn kind(&self) -> &'static str {
                match self { $(Check::$variant(_) => $kind,)* }
            }

            pub fn validate(&self) -> Result<(), Message> {
                match self { $(Check::$variant(check) => check.validate(),)* }
            }

            pub fn evaluate(&self, subject: &Subject<'_, '_>) -> Outcome {
                match self { $(Check::$variant(check) => check.evaluate(subject),)* }
            }
        }
    };
}

checks! {
    "stage_count" => StageCount(stages::StageCount),
    "stage_named" => StageNamed(stages::StageNamed),
    "all_stages_named" => AllStagesNamed(stages::AllStagesNamed),
    "final_base" => FinalBase(base::FinalBase),
    "final_contains" => FinalContains(contents::FinalContains),
    "final_excludes" => FinalExcludes(contents::FinalExcludes),
    "copy_from" => CopyFrom(contents::CopyFrom),
    "stage_contains" => StageContains(contents::StageContains),
    "exports" => Exports(contents::Exports),
    "secrets_stay_out" => SecretsStayOut(contents::SecretsStayOut),
    "final_size" => FinalSize(contents::FinalSize),
    "context_excludes" => ContextExcludes(context::ContextExcludes),
    "target" => Target(stages::Target),
    "final_independent_of" => FinalIndependentOf(stages::FinalIndependentOf),
    "shared_base" => SharedBase(stages::SharedBase),
    "runs_tests" => RunsTests(commands::RunsTests),
    "default_build_runs_no_tests" => DefaultBuildRunsNoTests(commands::DefaultBuildRunsNoTests),
    "exec_form" => ExecForm(commands::ExecForm),
    "starts" => Starts(starts::Starts),
    "builds" => Builds(commands::Builds),
    "compiles_natively" => CompilesNatively(commands::CompilesNatively),
    "cache_mounted" => CacheMounted(commands::CacheMounted),
    "no_lint" => NoLint(lints::NoLint),
    "global_arg_in_from" => GlobalArgInFrom(base::GlobalArgInFrom),
}
