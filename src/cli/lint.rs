//! `multistage lint FILE [--format human|json] [--only buildkit|multistage]`:
//! every diagnostic of the stage checker, like a compiler's (the source
//! line, a marker under the faulty part, the fix, who says so), or as JSON.
//! `--only buildkit` keeps what `docker build --check` would report. Exit 1
//! when there is an error.

use std::io::Write;
use std::ops::Range;
use std::process::ExitCode;

use annotate_snippets::renderer::DecorStyle;
use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};
use clap::{Arg, ArgMatches, Command};
use serde::Serialize;

use super::{
    Output, build_input, build_option_args, describe_graph_error, report_bad_input, required,
};
use crate::i18n::Lang;
use crate::lint::{self, Diagnostic, Severity};
use crate::safe_text::escape_controls;

pub(super) fn command(lang: Lang) -> Command {
    let command = Command::new("lint")
        .about(lang.pick(
            "Vérifie un Dockerfile\u{a0}: stages, références entre stages, et les contrôles de BuildKit",
            "Check a Dockerfile: stages, references between stages, and BuildKit's checks",
        ))
        .arg(
            Arg::new("file")
                .required(true)
                .value_name(lang.pick("FICHIER", "FILE"))
                .help(lang.pick(
                    "Le Dockerfile (- pour l’entrée standard)",
                    "The Dockerfile (- for standard input)",
                )),
        )
        .arg(
            Arg::new("format")
                .long("format")
                .value_parser(["human", "json"])
                .default_value("human")
                .help(lang.pick(
                    "human (comme un compilateur) ou json\u{a0}; par défaut\u{a0}: human",
                    "human (like a compiler) or json; default: human",
                )),
        )
        .arg(
            Arg::new("only")
                .long("only")
                .value_parser(["buildkit", "multistage"])
                .help(lang.pick(
                    "buildkit\u{a0}: seulement ce que `docker build --check` signalerait (ses contrôles et ce qu’il refuse)\u{a0}; multistage\u{a0}: seulement nos conseils",
                    "buildkit: only what `docker build --check` would report (its checks and what it refuses); multistage: only our advice",
                )),
        );
    build_option_args(command, lang)
}

pub(super) fn run(matches: &ArgMatches, output: Output) -> ExitCode {
    let lang = output.lang;
    let (options, source) = match build_input(matches, lang) {
        Ok(input) => input,
        Err(exit) => return exit,
    };
    let analysis = match lint::analyze(&source.text, &options) {
        Ok(analysis) => analysis,
        Err(error) => {
            let message = format!(
                "{}{}{}",
                escape_controls(&source.name),
                lang.colon(),
                describe_graph_error(&error, lang)
            );
            return report_bad_input(&message, lang);
        }
    };
    let only = matches.get_one::<String>("only").map(String::as_str);
    let diagnostics: Vec<Diagnostic> = analysis
        .diagnostics
        .into_iter()
        .filter(|diagnostic| match only {
            Some("buildkit") => diagnostic.origin.is_buildkit(),
            Some(_) => !diagnostic.origin.is_buildkit(),
            None => true,
        })
        .collect();
    let diagnostics = &diagnostics;
    let text = match required(matches, "format") {
        "json" => to_json(diagnostics, lang),
        _ => human(&source.name, &source.text, diagnostics, output),
    };
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    if diagnostics.iter().any(|d| d.severity == Severity::Error) {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

#[derive(Serialize)]
pub(crate) struct JsonDiagnostic<'a> {
    code: &'a str,
    severity: &'a str,
    /// `buildkit-check`, `buildkit-error` or `multistage`.
    origin: &'a str,
    line: usize,
    message: &'a str,
}

impl<'a> JsonDiagnostic<'a> {
    pub(crate) fn new(diagnostic: &'a Diagnostic, lang: Lang) -> Self {
        JsonDiagnostic {
            code: diagnostic.code,
            severity: diagnostic.severity.as_str(),
            origin: diagnostic.origin.as_str(),
            line: diagnostic.line,
            message: diagnostic.message.get(lang),
        }
    }
}

/// `{"diagnostics": [{"code", "severity", "origin", "line", "message"}]}`, sorted by line.
fn to_json(diagnostics: &[Diagnostic], lang: Lang) -> String {
    #[derive(Serialize)]
    struct Report<'a> {
        diagnostics: Vec<JsonDiagnostic<'a>>,
    }
    let report = Report {
        diagnostics: diagnostics
            .iter()
            .map(|d| JsonDiagnostic::new(d, lang))
            .collect(),
    };
    format!(
        "{}\n",
        serde_json::to_string_pretty(&report).unwrap_or_default()
    )
}

/// The lines a diagnostic covers, with the marker's position in them.
/// Control characters are shown escaped, and the marker moved accordingly.
fn snippet_of(source: &str, span: &Range<usize>) -> (String, usize, Range<usize>) {
    let start = source[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let end = source[span.end..]
        .find('\n')
        .map_or(source.len(), |i| span.end + i);
    let first_line = source[..start].matches('\n').count() + 1;
    let mut shown = String::with_capacity(end - start);
    let (mut marker_start, mut marker_end) = (0, 0);
    for (offset, ch) in source[start..end].char_indices() {
        if start + offset == span.start {
            marker_start = shown.len();
        }
        if start + offset == span.end {
            marker_end = shown.len();
        }
        match ch {
            '\n' | '\t' => shown.push(ch),
            '\r' if source[start + offset..].starts_with("\r\n") => {}
            _ => shown.push_str(&escape_controls(ch.encode_utf8(&mut [0; 4]))),
        }
    }
    if span.end >= end {
        marker_end = shown.len();
    }
    (
        shown,
        first_line,
        marker_start..marker_end.max(marker_start),
    )
}

fn human(name: &str, source: &str, diagnostics: &[Diagnostic], output: Output) -> String {
    let lang = output.lang;
    let renderer = if output.colour {
        Renderer::styled()
    } else {
        Renderer::plain()
    }
    .decor_style(DecorStyle::Unicode);
    let path = escape_controls(name).into_owned();
    let mut out = String::new();
    for diagnostic in diagnostics {
        let level = match diagnostic.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
            Severity::Info => Level::NOTE,
        }
        .with_name(diagnostic.severity.label(lang));
        let (lines, line_start, marker) = snippet_of(source, &diagnostic.span);
        let message = escape_controls(diagnostic.message.get(lang)).into_owned();
        let id = format!("{} · {}", diagnostic.code, diagnostic.origin.label());
        let mut group = level.primary_title(message).id(&id).element(
            Snippet::source(lines.as_str())
                .line_start(line_start)
                .path(path.as_str())
                .annotation(AnnotationKind::Primary.span(marker)),
        );
        if let Some(help) = &diagnostic.help {
            group = group.element(
                Level::HELP
                    .with_name(lang.pick("solution", "fix"))
                    .message(escape_controls(help.get(lang)).into_owned()),
            );
        }
        out.push_str(&renderer.render(&[group]));
        out.push_str("\n\n");
    }
    out.push_str(&summary(diagnostics, lang));
    out
}

/// `2 erreurs, 1 avertissement` or a clean bill of health.
fn summary(diagnostics: &[Diagnostic], lang: Lang) -> String {
    let count = |severity| {
        diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    };
    let parts: Vec<String> = [
        (Severity::Error, ("erreur", "erreurs"), ("error", "errors")),
        (
            Severity::Warning,
            ("avertissement", "avertissements"),
            ("warning", "warnings"),
        ),
        (
            Severity::Info,
            ("conseil", "conseils"),
            ("piece of advice", "pieces of advice"),
        ),
    ]
    .into_iter()
    .filter_map(|(severity, fr, en)| {
        let n = count(severity);
        let (one, many) = lang.pick(fr, en);
        (n > 0).then(|| format!("{n} {}", if n == 1 { one } else { many }))
    })
    .collect();
    if parts.is_empty() {
        return lang
            .pick("✓ Aucun problème trouvé.\n", "✓ No problem found.\n")
            .to_string();
    }
    let ours = diagnostics
        .iter()
        .filter(|d| !d.origin.is_buildkit())
        .count();
    let theirs = diagnostics.len() - ours;
    let origin = match (theirs, ours) {
        (_, 0) => String::new(),
        (0, _) => lang
            .pick(
                " — `docker build --check` n’en signalerait aucun (tout vient de multistage).",
                " — `docker build --check` would report none (all of it is multistage's).",
            )
            .to_string(),
        (theirs, _) => match lang {
            Lang::Fr => format!(
                " — `docker build --check` en signalerait {theirs}, le reste vient de multistage (`--only buildkit` pour ne voir que les siens)."
            ),
            Lang::En => format!(
                " — `docker build --check` would report {theirs}; the rest is multistage's (`--only buildkit` shows only BuildKit's)."
            ),
        },
    };
    format!("{}{origin}\n", parts.join(", "))
}
