//! `multistage graph FILE [--target NAME] [--format text|json|dot]`: the
//! stages, what each copies from which, which the target builds.

use std::io::Write;
use std::process::ExitCode;

use clap::{Arg, ArgMatches, Command};

use super::{
    Output, build_input, build_option_args, describe_graph_error, report_bad_input, required,
};
use crate::dockerfile;
use crate::graph;
use crate::i18n::Lang;
use crate::safe_text::escape_controls;

pub(super) fn command(lang: Lang) -> Command {
    let command = Command::new("graph")
        .about(lang.pick(
            "Dessine les stages d’un Dockerfile, leurs dépendances et ceux que BuildKit construit",
            "Draw a Dockerfile's stages, their dependencies and those BuildKit builds",
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
                .value_parser(["text", "json", "dot"])
                .default_value("text")
                .help(lang.pick(
                    "text (boîtes et flèches), json, dot (Graphviz)\u{a0}; par défaut\u{a0}: text",
                    "text (boxes and arrows), json, dot (Graphviz); default: text",
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
    let name = escape_controls(&source.name).into_owned();
    let parsed = match dockerfile::parse(&source.text) {
        Ok(parsed) => parsed,
        Err(error) => {
            let message = format!(
                "{name}{}{}{}{}",
                lang.colon(),
                lang.pick("BuildKit refuse ce fichier", "BuildKit rejects this file"),
                lang.colon(),
                escape_controls(&error.to_string())
            );
            return report_bad_input(&message, lang);
        }
    };
    let graph = match graph::build(&parsed, &options) {
        Ok(graph) => graph,
        Err(error) => {
            let message = format!(
                "{name}{}{}",
                lang.colon(),
                describe_graph_error(&error, lang)
            );
            return report_bad_input(&message, lang);
        }
    };
    let text = match required(matches, "format") {
        "json" => graph::to_json(&graph),
        "dot" => graph::to_dot(&graph),
        _ => graph::to_text(&graph, lang, output.colour),
    };
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    ExitCode::SUCCESS
}
