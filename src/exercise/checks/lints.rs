//! A check on the lints: none of a code, or none at a severity or worse.

use serde::Deserialize;

use super::{Evaluate, Outcome, Subject};
use crate::i18n::Lang;
use crate::lint::Message;
use crate::lint::{self, Severity};

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Error,
    Warning,
    Info,
}

impl Level {
    fn severity(self) -> Severity {
        match self {
            Level::Error => Severity::Error,
            Level::Warning => Severity::Warning,
            Level::Info => Severity::Info,
        }
    }
}

/// No diagnostic of `code`, or none of `severity` or worse.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoLint {
    pub code: Option<String>,
    pub severity: Option<Level>,
    /// Count only what `docker build --check` reports: BuildKit's own
    /// checks, and the errors that stop a build — not multistage's advice.
    #[serde(default)]
    pub docker_check: bool,
}

impl Evaluate for NoLint {
    fn validate(&self) -> Result<(), Message> {
        match (&self.code, self.severity) {
            (Some(code), None) if lint::rule(code).is_some() || code == lint::SYNTAX_ERROR => {
                Ok(())
            }
            (Some(code), None) => Err(Message::new(
                format!("`{code}` n’est pas un code de diagnostic (voir `multistage lint --help`)"),
                format!("`{code}` is not a lint code (see `multistage lint --help`)"),
            )),
            (None, Some(_)) => Ok(()),
            _ => Err(Message::new(
                "donnez `code` ou `severity`, pas les deux",
                "give `code` or `severity`, not both",
            )),
        }
    }

    fn evaluate(&self, subject: &Subject<'_, '_>) -> Outcome {
        let found: Vec<_> = subject
            .diagnostics
            .iter()
            .filter(|diagnostic| match (&self.code, self.severity) {
                (Some(code), _) => diagnostic.code == code,
                (None, Some(level)) => diagnostic.severity <= level.severity(),
                (None, None) => false,
            })
            .filter(|diagnostic| !self.docker_check || diagnostic.origin.is_buildkit())
            .collect();
        let list = |lang: Lang| {
            let word = lang.pick("ligne", "line");
            found
                .iter()
                .take(3)
                .map(|d| {
                    // A dash, not a colon: the message is a sentence of its own.
                    format!("{word} {} [{}] — {}", d.line, d.code, d.message.get(lang))
                })
                .collect::<Vec<_>>()
                .join("\n")
        };
        Outcome::unless(found.is_empty(), list(Lang::Fr), list(Lang::En))
    }
}
