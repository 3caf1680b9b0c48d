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
    /// A BuildKit check of the same name, a BuildKit refusal, or our advice;
    /// a rule may say otherwise for one diagnostic (UndefinedStage).
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

/// The parser's refusal as a diagnostic, on the lines it names: what is
/// wrong in the interface language, BuildKit's own words beside it (they are
/// what a search engine knows), and the fix.
fn syntax_error(source: &str, error: &ParseError) -> Diagnostic {
    let line = error.start_line.max(1);
    let span = context::line_span(source, line);
    let words = crate::safe_text::escape_controls(&error.message).into_owned();
    let explanation = PARSE_ERRORS
        .iter()
        .find(|explanation| explanation.matches(&error.message))
        .unwrap_or(&UNKNOWN_PARSE_ERROR);
    Diagnostic {
        code: SYNTAX_ERROR,
        severity: Severity::Error,
        origin: Origin::BuildkitError,
        line,
        span,
        message: Message::new(
            format!(
                "{} BuildKit refuse le fichier («\u{a0}{words}\u{a0}»).",
                explanation.what.0
            ),
            format!(
                "{} BuildKit rejects the file (“{words}”).",
                explanation.what.1
            ),
        ),
        help: Some(Message::new(explanation.fix.0, explanation.fix.1)),
    }
}

/// How BuildKit's parser words an error, and what it means to a learner.
struct ParseErrorExplanation {
    /// A piece of BuildKit's message that only this error has.
    pattern: &'static str,
    /// What is wrong (French, English).
    what: (&'static str, &'static str),
    /// How to fix it (French, English).
    fix: (&'static str, &'static str),
}

impl ParseErrorExplanation {
    fn matches(&self, message: &str) -> bool {
        message.contains(self.pattern)
    }
}

/// Every error BuildKit's parser gives, in the words of
/// `frontend/dockerfile/parser`.
const PARSE_ERRORS: &[ParseErrorExplanation] = &[
    ParseErrorExplanation {
        pattern: "unterminated heredoc",
        what: (
            "Un heredoc n’est jamais fermé.",
            "A heredoc is never closed.",
        ),
        fix: (
            "Un heredoc (`<<EOF`) se termine par une ligne qui contient seulement son délimiteur (`EOF`), sans espace avant ni après.",
            "A heredoc (`<<EOF`) ends with a line holding only its delimiter (`EOF`), with no space before or after.",
        ),
    },
    ParseErrorExplanation {
        pattern: "must have two arguments",
        what: (
            "Cette instruction attend une clé et une valeur.",
            "This instruction needs a key and a value.",
        ),
        fix: (
            "Écrivez `ENV CLÉ=valeur` (ou `LABEL clé=valeur`)\u{a0}: une clé seule ne suffit pas.",
            "Write `ENV KEY=value` (or `LABEL key=value`): a key alone is not enough.",
        ),
    },
    ParseErrorExplanation {
        pattern: "can't find = in",
        what: (
            "Une des paires de cette instruction n’a pas de signe `=`.",
            "One of this instruction's pairs has no `=` sign.",
        ),
        fix: (
            "Dans une même instruction, chaque paire a la forme `clé=valeur`\u{a0}; une valeur avec des espaces se met entre guillemets (`A=\"un deux\"`).",
            "In one instruction, every pair has the form `key=value`; a value with spaces goes in quotes (`A=\"one two\"`).",
        ),
    },
    ParseErrorExplanation {
        pattern: "JSON array",
        what: (
            "Le tableau JSON contient autre chose que des chaînes.",
            "The JSON array holds something other than strings.",
        ),
        fix: (
            "En forme JSON, chaque élément est une chaîne entre guillemets droits\u{a0}: `[\"node\", \"server.js\"]`.",
            "In JSON form, every element is a string in straight double quotes: `[\"node\", \"server.js\"]`.",
        ),
    },
    ParseErrorExplanation {
        pattern: "file with no instructions",
        what: (
            "Le fichier ne contient aucune instruction.",
            "The file holds no instruction.",
        ),
        fix: (
            "Commencez par `FROM image:tag`.",
            "Start with `FROM image:tag`.",
        ),
    },
    ParseErrorExplanation {
        pattern: "parser directive can be used",
        what: (
            "Une directive apparaît deux fois en tête du fichier.",
            "A directive appears twice at the top of the file.",
        ),
        fix: (
            "Gardez une seule ligne `# syntax=`, `# escape=` ou `# check=` de chaque sorte.",
            "Keep a single `# syntax=`, `# escape=` or `# check=` line of each kind.",
        ),
    },
    ParseErrorExplanation {
        pattern: "invalid escape token",
        what: (
            "La directive `# escape=` demande un caractère d’échappement impossible.",
            "The `# escape=` directive asks for an impossible escape character.",
        ),
        fix: (
            "`escape` n’accepte que `\\` (par défaut) ou `` ` `` (pour les chemins Windows).",
            "`escape` takes only `\\` (the default) or `` ` `` (for Windows paths).",
        ),
    },
    ParseErrorExplanation {
        pattern: "line greater than max allowed size",
        what: (
            "Une ligne dépasse 64\u{a0}Kio, la limite de BuildKit.",
            "A line is longer than 64 KiB, BuildKit's limit.",
        ),
        fix: (
            "Coupez la ligne avec `\\` en fin de ligne, ou mettez ce contenu dans un fichier que vous copiez.",
            "Break the line with `\\` at its end, or put that content in a file you copy.",
        ),
    },
];

const UNKNOWN_PARSE_ERROR: ParseErrorExplanation = ParseErrorExplanation {
    pattern: "",
    what: (
        "BuildKit ne peut pas lire cette ligne.",
        "BuildKit cannot read this line.",
    ),
    fix: (
        "Corrigez la ligne indiquée\u{a0}: BuildKit ne lit pas la suite.",
        "Fix the line shown: BuildKit does not read past it.",
    ),
};

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

#[cfg(test)]
mod tests {
    use super::{BuildOptions, PARSE_ERRORS, SYNTAX_ERROR, analyze};

    #[test]
    fn every_parse_error_is_explained_with_buildkits_words_kept() {
        let long_line = format!("FROM alpine:3.20\nRUN echo {}\n", "x".repeat(70_000));
        let cases = [
            "FROM alpine:3.20\nRUN <<EOF\nnever closed\n",
            "FROM alpine:3.20\nENV A\n",
            "FROM alpine:3.20\nENV A=1 B\n",
            "FROM alpine:3.20\nCMD [\"a\", 1]\n",
            "# just a comment\n",
            "# escape=`\n# escape=`\nFROM alpine:3.20\n",
            "# escape=x\nFROM alpine:3.20\n",
            long_line.as_str(),
        ];
        for text in cases {
            let diagnostics = analyze(text, &BuildOptions::default()).unwrap().diagnostics;
            let [error] = diagnostics.as_slice() else {
                panic!("one diagnostic for {text:?}: {diagnostics:?}");
            };
            assert_eq!(error.code, SYNTAX_ERROR, "{text:?}");
            let explained = PARSE_ERRORS
                .iter()
                .any(|explanation| error.message.en.starts_with(explanation.what.1));
            assert!(explained, "no explanation for {:?}", error.message.en);
            // BuildKit's English words, in both languages, for searching.
            let words = error.message.en.split('“').nth(1).unwrap();
            assert!(error.message.fr.contains(words.trim_end_matches("”).")));
        }
    }
}
