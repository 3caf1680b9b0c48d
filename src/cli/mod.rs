//! The command line. It reads arguments with clap (help in the interface
//! language), runs one command and turns its outcome into an exit code:
//! 0 for success, 1 when the checked file has problems, 2 for bad input.
//! Commands live one per module and only call the library.

mod parse;

use std::ffi::OsString;
use std::process::ExitCode;

use clap::{Arg, ArgAction, ArgMatches, Command};

use crate::i18n::Lang;
use crate::input::ReadError;

/// Exit code for input that cannot be used: unreadable, rejected, unknown.
pub const EXIT_BAD_INPUT: u8 = 2;

/// Runs the command line and returns the process exit code.
pub fn run() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    let lang = requested_lang(&args);
    let matches = match command(lang).try_get_matches_from(&args) {
        Ok(matches) => matches,
        Err(error) => {
            let _ = error.print();
            return ExitCode::from(if error.use_stderr() {
                EXIT_BAD_INPUT
            } else {
                0
            });
        }
    };
    match matches.subcommand() {
        Some(("parse", sub)) => parse::run(sub, lang),
        _ => {
            let _ = command(lang).print_help();
            ExitCode::SUCCESS
        }
    }
}

/// The language asked for with `--lang`, else `MULTISTAGE_LANG`, else French.
/// Read before clap runs, so that clap's own help is already translated.
fn requested_lang(args: &[OsString]) -> Lang {
    let from_args = args.windows(2).rev().find_map(|pair| {
        let flag = pair[0].to_str()?;
        let value = pair[1].to_str()?;
        (flag == "--lang").then_some(value.to_string())
    });
    let inline = args
        .iter()
        .rev()
        .find_map(|arg| arg.to_str()?.strip_prefix("--lang=").map(str::to_string));
    let chosen = inline
        .or(from_args)
        .or_else(|| std::env::var("MULTISTAGE_LANG").ok());
    match chosen.as_deref().map(str::to_ascii_lowercase).as_deref() {
        Some("en") => Lang::En,
        _ => Lang::Fr,
    }
}

/// The whole command-line grammar, with its help in `lang`.
fn command(lang: Lang) -> Command {
    Command::new("multistage")
        .version(env!("CARGO_PKG_VERSION"))
        .about(lang.pick(
            "Apprendre les multi-stage builds Docker dans le terminal, avec un vérificateur de stages.",
            "Learn Docker multi-stage builds in the terminal, with a stage checker.",
        ))
        .help_template(lang.pick(
            "{about}\n\nUtilisation\u{a0}: {usage}\n\n{all-args}",
            "{about}\n\nUsage: {usage}\n\n{all-args}",
        ))
        .subcommand_help_heading(lang.pick("Commandes", "Commands"))
        .next_help_heading("Options")
        .disable_help_flag(true)
        .disable_version_flag(true)
        .disable_help_subcommand(true)
        .arg(
            Arg::new("lang")
                .long("lang")
                .global(true)
                .value_parser(["fr", "en"])
                .help(lang.pick(
                    "Langue de l’interface (aussi\u{a0}: MULTISTAGE_LANG)",
                    "Interface language (also: MULTISTAGE_LANG)",
                )),
        )
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .global(true)
                .action(ArgAction::Help)
                .help(lang.pick("Affiche cette aide", "Print this help")),
        )
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(lang.pick("Affiche la version", "Print the version")),
        )
        .subcommand(parse::command(lang))
}

/// Prints why a file could not be read and gives the bad-input exit code.
fn report_read_error(error: &ReadError, lang: Lang) -> ExitCode {
    eprintln!("multistage{}{}", lang.colon(), error.describe(lang));
    ExitCode::from(EXIT_BAD_INPUT)
}

/// The value of an argument clap guarantees to be present.
fn required<'a>(matches: &'a ArgMatches, name: &str) -> &'a str {
    matches
        .get_one::<String>(name)
        .map(String::as_str)
        .unwrap_or_default()
}
