//! What the shell and `man` need to know about multistage, generated from
//! the clap grammar itself so that they never drift from it: completion
//! scripts for bash, zsh, fish, elvish and PowerShell (`completions`), and
//! the manual page in roff (`man`), in the interface language.

use std::path::Path;
use std::process::ExitCode;

use clap::{Arg, ArgMatches, Command};
use clap_complete::Shell;

use super::{Output, report_bad_input, required, write_stdout};
use crate::i18n::Lang;
use crate::safe_text::escape_controls;

const SHELLS: [&str; 5] = ["bash", "zsh", "fish", "elvish", "powershell"];

pub(super) fn commands(lang: Lang) -> [Command; 2] {
    [
        Command::new("completions")
            .about(lang.pick(
                "Écrit le script de complétion d’un shell (bash, zsh, fish, elvish, powershell)",
                "Write a shell’s completion script (bash, zsh, fish, elvish, powershell)",
            ))
            .after_help(lang.pick(
                "Exemple, pour bash\u{a0}: multistage completions bash > ~/.local/share/bash-completion/completions/multistage",
                "Example, for bash: multistage completions bash > ~/.local/share/bash-completion/completions/multistage",
            ))
            .arg(
                Arg::new("shell")
                    .required(true)
                    .value_name("SHELL")
                    .value_parser(SHELLS)
                    .help(lang.pick(
                        "bash, zsh, fish, elvish ou powershell",
                        "bash, zsh, fish, elvish or powershell",
                    )),
            ),
        Command::new("man")
            .about(lang.pick(
                "Écrit la page de manuel (roff)\u{a0}: multistage man | man -l -",
                "Write the manual page (roff): multistage man | man -l -",
            ))
            .arg(
                Arg::new("dir")
                    .long("dir")
                    .value_name(lang.pick("DOSSIER", "FOLDER"))
                    .help(lang.pick(
                        "Écrit une page par commande dans ce dossier (multistage.1, multistage-check.1…)",
                        "Write one page per command into this folder (multistage.1, multistage-check.1…)",
                    )),
            ),
    ]
}

/// `multistage completions SHELL`.
pub(super) fn completions(matches: &ArgMatches, grammar: Command, output: Output) -> ExitCode {
    let Ok(shell) = required(matches, "shell").parse::<Shell>() else {
        return report_bad_input(required(matches, "shell"), output.lang);
    };
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut grammar.clone(), "multistage", &mut script);
    match write_stdout(&String::from_utf8_lossy(&script), output.lang) {
        Ok(()) => ExitCode::SUCCESS,
        Err(code) => code,
    }
}

/// `multistage man [--dir FOLDER]`.
pub(super) fn man(matches: &ArgMatches, grammar: Command, output: Output) -> ExitCode {
    let lang = output.lang;
    if let Some(dir) = matches.get_one::<String>("dir") {
        let dir = Path::new(dir);
        let written =
            std::fs::create_dir_all(dir).and_then(|()| clap_mangen::generate_to(grammar, dir));
        return match written {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => report_bad_input(
                &format!(
                    "{}{}{}",
                    escape_controls(&dir.display().to_string()),
                    lang.colon(),
                    lang.io_reason(&error)
                ),
                lang,
            ),
        };
    }
    let mut page = Vec::new();
    if let Err(error) = clap_mangen::Man::new(grammar).render(&mut page) {
        return report_bad_input(&lang.io_reason(&error), lang);
    }
    match write_stdout(&String::from_utf8_lossy(&page), lang) {
        Ok(()) => ExitCode::SUCCESS,
        Err(code) => code,
    }
}
