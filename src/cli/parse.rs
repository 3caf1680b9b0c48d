//! `multistage parse FILE [--format text|json|dump]`: shows how BuildKit
//! reads a Dockerfile — readable text, the JSON of the reference parser, or
//! BuildKit's own dump format.

use std::io::Write;
use std::process::ExitCode;

use clap::{Arg, ArgMatches, Command};

use super::{EXIT_BAD_INPUT, report_read_error, required};
use crate::dockerfile::{self, Dockerfile, Instruction, go_quote};
use crate::i18n::Lang;
use crate::input::read_source;
use crate::safe_text::escape_controls;

pub(super) fn command(lang: Lang) -> Command {
    Command::new("parse")
        .about(lang.pick(
            "Montre comment BuildKit lit un Dockerfile, instruction par instruction",
            "Show how BuildKit reads a Dockerfile, instruction by instruction",
        ))
        .arg(
            Arg::new("file")
                .required(true)
                .value_name(lang.pick("FICHIER", "FILE"))
                .help(lang.pick(
                    "Le Dockerfile à lire (- pour l’entrée standard)",
                    "The Dockerfile to read (- for standard input)",
                )),
        )
        .arg(
            Arg::new("format")
                .long("format")
                .value_parser(["text", "json", "dump"])
                .default_value("text")
                .help(lang.pick(
                    "text (lisible), json (celui du parseur de référence), dump (celui de BuildKit)\u{a0}; par défaut\u{a0}: text",
                    "text (readable), json (the reference parser's), dump (BuildKit's); default: text",
                )),
        )
}

pub(super) fn run(matches: &ArgMatches, lang: Lang) -> ExitCode {
    let source = match read_source(required(matches, "file")) {
        Ok(source) => source,
        Err(error) => return report_read_error(&error, lang),
    };
    let parsed = match dockerfile::parse(&source.text) {
        Ok(parsed) => parsed,
        Err(error) => {
            let lines = match (error.start_line, error.end_line) {
                (0, _) => String::new(),
                (start, end) if end > start => {
                    format!(
                        "{} {start}-{end}{}",
                        lang.pick("lignes", "lines"),
                        lang.colon()
                    )
                }
                (start, _) => format!("{} {start}{}", lang.pick("ligne", "line"), lang.colon()),
            };
            super::print_error(&format!(
                "multistage{colon}{name}{colon}{lines}{refused}{colon}{message}",
                colon = lang.colon(),
                name = escape_controls(&source.name),
                refused = lang.pick("BuildKit refuse ce fichier", "BuildKit rejects this file"),
                message = escape_controls(&error.message),
            ));
            return ExitCode::from(EXIT_BAD_INPUT);
        }
    };
    let output = match required(matches, "format") {
        "json" => {
            let mut json = serde_json::to_string_pretty(&dockerfile::to_reference_json(&parsed))
                .unwrap_or_default();
            json.push('\n');
            json
        }
        "dump" => dockerfile::dump(&parsed),
        _ => readable(&parsed, lang),
    };
    // A closed pipe (`| head`) is not an error worth a message.
    let _ = std::io::stdout().lock().write_all(output.as_bytes());
    ExitCode::SUCCESS
}

/// One line per instruction: its lines, keyword, flags and arguments, every
/// value quoted so that spaces and control characters are visible.
fn readable(parsed: &Dockerfile<'_>, lang: Lang) -> String {
    let mut out = String::new();
    for directive in &parsed.directives {
        out.push_str(&format!(
            "{:>7}  # {}={}\n",
            directive.line,
            directive.name,
            go_quote(directive.value)
        ));
    }
    for instruction in &parsed.instructions {
        let lines = if instruction.end_line > instruction.start_line {
            format!("{}-{}", instruction.start_line, instruction.end_line)
        } else {
            instruction.start_line.to_string()
        };
        out.push_str(&format!("{lines:>7}  {}\n", describe(instruction)));
        for heredoc in &instruction.heredocs {
            let count = heredoc.content.lines().count();
            out.push_str(&format!(
                "{:>7}  ↳ heredoc {} ({count} {})\n",
                "",
                go_quote(&heredoc.name),
                lang.pick(
                    if count > 1 { "lignes" } else { "ligne" },
                    if count > 1 { "lines" } else { "line" }
                ),
            ));
        }
    }
    out
}

fn describe(instruction: &Instruction<'_>) -> String {
    let mut parts = Vec::new();
    let mut command = &instruction.command;
    loop {
        parts.push(escape_controls(&command.keyword).into_owned());
        parts.extend(command.flags.iter().map(|flag| go_quote(flag)));
        match &command.trigger {
            Some(trigger) => {
                parts.push("→".to_string());
                command = trigger;
            }
            None => break,
        }
    }
    let args: Vec<String> = command.args.iter().map(|arg| go_quote(arg)).collect();
    if command.json {
        parts.push(format!("[{}]", args.join(", ")));
    } else {
        parts.extend(args);
    }
    parts.join(" ")
}
