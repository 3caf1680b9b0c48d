//! The stage checker's lints. Each rule is a small self-describing unit in
//! `rules/` (its code, severity, origin — a BuildKit check, a BuildKit
//! refusal or multistage's advice —, the hadolint codes it matches, its
//! messages in French and English, its tests); [`RULES`] lists them, so
//! adding a rule is adding one file and one line. [`analyze`] runs
//! the whole pipeline on a text — parse, stage graph, every rule, the
//! `# check=` directive — and is what the CLI, the grader and the TUI call.

pub(crate) mod context;
mod image_env;
mod official_images;
mod rules;
mod suggest;

use std::ops::Range;

pub use context::Context;
pub use rules::RULES;

use crate::dockerfile::{self, Dockerfile, ParseError};
use crate::graph::{self, BuildOptions, GraphError, StageGraph};
use crate::i18n::Lang;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// BuildKit refuses the file, or the build cannot do what it says.
    Error,
    /// What BuildKit's own checks warn about.
    Warning,
    /// Advice for a better multi-stage build.
    Info,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    /// The word a learner reads.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Severity::Error => lang.pick("erreur", "error"),
            Severity::Warning => lang.pick("avertissement", "warning"),
            Severity::Info => lang.pick("conseil", "advice"),
        }
    }
}

/// Who stands behind a diagnostic: BuildKit itself, or multistage's advice.
/// `docker build --check` prints exactly the first two.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Origin {
    /// One of BuildKit's checks: same name, same trigger, same severity as
    /// its rule page on docs.docker.com.
    BuildkitCheck,
    /// BuildKit stops the build: the file is refused or cannot be built.
    BuildkitError,
    /// multistage's own advice (hadolint-style rules, stage hints).
    Multistage,
}

impl Origin {
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::BuildkitCheck => "buildkit-check",
            Origin::BuildkitError => "buildkit-error",
            Origin::Multistage => "multistage",
        }
    }

    /// Whether `docker build --check` would report it too.
    pub fn is_buildkit(self) -> bool {
        self != Origin::Multistage
    }

    /// Who says so, for a learner: `BuildKit` or `multistage`.
    pub fn label(self) -> &'static str {
        if self.is_buildkit() {
            "BuildKit"
        } else {
            "multistage"
        }
    }
}

/// A text in both interface languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub fr: String,
    pub en: String,
}

impl Message {
    pub fn new(fr: impl Into<String>, en: impl Into<String>) -> Self {
        Message {
            fr: fr.into(),
            en: en.into(),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        lang.pick(&self.fr, &self.en)
    }
}

/// A lint rule: what it is called, how serious it is, and its check.
pub struct Rule {
    /// Stable code, BuildKit's check name where BuildKit has the check.
    pub code: &'static str,
    pub severity: Severity,
    /// A BuildKit check of the same name, a BuildKit refusal, or our advice.
    pub origin: Origin,
    /// hadolint codes for the same mistake.
    pub hadolint: &'static [&'static str],
    /// What the rule looks for, in one sentence (French, English).
    pub summary: (&'static str, &'static str),
    pub check: fn(&Context<'_, '_>, &mut Vec<Diagnostic>),
}

/// One problem found in a Dockerfile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: &'static str,
    pub severity: Severity,
    pub origin: Origin,
    /// First line of the instruction concerned (1-based).
    pub line: usize,
    /// The bytes to underline in the source.
    pub span: Range<usize>,
    /// What is wrong and why it matters.
    pub message: Message,
    /// How to fix it.
    pub help: Option<Message>,
}

/// Whether `word` has no lower-case letter (`FROM`, `AS`).
pub(crate) fn is_upper_case(word: &str) -> bool {
    if word.is_ascii() {
        !word.bytes().any(|b| b.is_ascii_lowercase())
    } else {
        word == word.to_uppercase()
    }
}

/// Whether `word` has no upper-case letter (`from`, `as`).
pub(crate) fn is_lower_case(word: &str) -> bool {
    if word.is_ascii() {
        !word.bytes().any(|b| b.is_ascii_uppercase())
    } else {
        word == word.to_lowercase()
    }
}

/// The rule behind a code.
pub fn rule(code: &str) -> Option<&'static Rule> {
    RULES.iter().copied().find(|rule| rule.code == code)
}

/// Code for a file BuildKit's parser refuses.
pub const SYNTAX_ERROR: &str = "SyntaxError";

/// Everything the checker knows about one text.
pub struct Analysis<'src> {
    pub dockerfile: Option<Dockerfile<'src>>,
    pub graph: Option<StageGraph>,
    /// Sorted by line.
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses `source`, builds its stage graph and runs every rule. Only an
/// unknown `--target` is an error: everything wrong with the file itself is
/// a diagnostic.
pub fn analyze<'src>(
    source: &'src str,
    options: &BuildOptions,
) -> Result<Analysis<'src>, GraphError> {
    let dockerfile = match dockerfile::parse(source) {
        Ok(dockerfile) => dockerfile,
        Err(error) => {
            return Ok(Analysis {
                dockerfile: None,
                graph: None,
                diagnostics: vec![syntax_error(source, &error)],
            });
        }
    };
    let graph = match graph::build(&dockerfile, options) {
        Ok(graph) => Some(graph),
        Err(GraphError::NoStages) => None,
        Err(error) => return Err(error),
    };
    let context = Context::new(source, &dockerfile, graph.as_ref());
    let mut diagnostics = Vec::new();
    for rule in RULES {
        (rule.check)(&context, &mut diagnostics);
    }
    let diagnostics = context.apply_check_directives(diagnostics);
    Ok(Analysis {
        dockerfile: Some(dockerfile),
        graph,
        diagnostics,
    })
}

/// The parser's refusal as a diagnostic, on the lines it names.
fn syntax_error(source: &str, error: &ParseError) -> Diagnostic {
    let line = error.start_line.max(1);
    let span = context::line_span(source, line);
    Diagnostic {
        code: SYNTAX_ERROR,
        severity: Severity::Error,
        origin: Origin::BuildkitError,
        line,
        span,
        message: Message::new(
            format!("BuildKit refuse ce Dockerfile\u{a0}: {}", error.message),
            format!("BuildKit rejects this Dockerfile: {}", error.message),
        ),
        help: Some(explain_parse_error(&error.message)),
    }
}

/// A learner's explanation of BuildKit's parse errors.
fn explain_parse_error(message: &str) -> Message {
    if message == "unterminated heredoc" {
        Message::new(
            "Un heredoc (`<<EOF`) doit se terminer par une ligne qui contient seulement son délimiteur (`EOF`).",
            "A heredoc (`<<EOF`) must end with a line holding only its delimiter (`EOF`).",
        )
    } else if message.ends_with("must have two arguments") {
        Message::new(
            "Écrivez `ENV CLÉ=valeur` (ou `LABEL clé=valeur`)\u{a0}: une clé seule ne suffit pas.",
            "Write `ENV KEY=value` (or `LABEL key=value`): a key alone is not enough.",
        )
    } else if message.starts_with("Syntax error - can't find =") {
        Message::new(
            "Dans une même instruction, chaque paire doit avoir la forme `clé=valeur`.",
            "In one instruction, every pair must have the form `key=value`.",
        )
    } else if message.contains("JSON array") {
        Message::new(
            "En forme JSON, chaque élément doit être une chaîne entre guillemets\u{a0}: `[\"node\", \"server.js\"]`.",
            "In JSON form, every element must be a quoted string: `[\"node\", \"server.js\"]`.",
        )
    } else if message == "file with no instructions" {
        Message::new(
            "Le fichier ne contient aucune instruction\u{a0}: commencez par `FROM image:tag`.",
            "The file holds no instruction: start with `FROM image:tag`.",
        )
    } else if message.contains("parser directive") || message.contains("escape token") {
        Message::new(
            "Une directive (`# syntax=`, `# escape=`, `# check=`) ne peut apparaître qu’une fois, et `escape` n’accepte que `\\` ou `` ` ``.",
            "A directive (`# syntax=`, `# escape=`, `# check=`) may appear once, and `escape` takes only `\\` or `` ` ``.",
        )
    } else {
        Message::new(
            "Corrigez la ligne indiquée\u{a0}: BuildKit ne peut pas lire la suite.",
            "Fix the line shown: BuildKit cannot read past it.",
        )
    }
}

#[cfg(test)]
pub(crate) mod testing {
    //! Helpers for the rules' own tests.

    use super::{BuildOptions, analyze};

    /// Lines where `code` fires on `text`.
    pub fn lines(code: &str, text: &str) -> Vec<usize> {
        analyze(text, &BuildOptions::default())
            .expect("analysis")
            .diagnostics
            .iter()
            .filter(|diagnostic| diagnostic.code == code)
            .map(|diagnostic| diagnostic.line)
            .collect()
    }

    /// The French messages of `code` on `text`.
    pub fn messages(code: &str, text: &str) -> Vec<String> {
        analyze(text, &BuildOptions::default())
            .expect("analysis")
            .diagnostics
            .into_iter()
            .filter(|diagnostic| diagnostic.code == code)
            .map(|diagnostic| diagnostic.message.fr)
            .collect()
    }
}
