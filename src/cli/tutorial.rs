//! `multistage` and `multistage lesson [N|SLUG]`: the interactive tutorial,
//! on the home screen or straight in a lesson. It needs a terminal; piped,
//! it says so and points to `multistage fiche`.

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::{Arg, ArgMatches, Command};

use super::{EXIT_BAD_INPUT, report_bad_input};
use crate::content;
use crate::i18n::Lang;
use crate::progress::{LoadNote, Store};
use crate::tui::{self, App, Start};

pub(super) fn command(lang: Lang) -> Command {
    Command::new("lesson")
        .about(lang.pick(
            "Ouvre une leçon dans le tutoriel (par numéro ou par nom\u{a0}: multistage lesson bonus)",
            "Open a lesson in the tutorial (by number or name: multistage lesson bonus)",
        ))
        .arg(
            Arg::new("lesson")
                .value_name(lang.pick("LEÇON", "LESSON"))
                .help(lang.pick(
                    "Numéro, nom ou début du nom (par défaut\u{a0}: la première non lue)",
                    "Number, name or start of the name (default: the first unread one)",
                )),
        )
}

/// Runs the tutorial: `lesson` is the query of `multistage lesson`, if any.
pub(super) fn run(matches: &ArgMatches, lesson: Option<Option<&str>>, lang: Lang) -> ExitCode {
    let lessons = match content::lessons() {
        Ok(lessons) => lessons,
        Err(error) => return report_bad_input(&error.to_string(), lang),
    };
    // The lesson asked for, then the terminal, are checked before the
    // progress file is read: a mistyped name or a pipe must not touch it.
    let asked = match lesson {
        Some(Some(query)) => match super::find_lesson(&lessons, query, lang) {
            Ok(index) => Some(index),
            Err(exit) => return exit,
        },
        _ => None,
    };
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        super::print_error(lang.pick(
            "multistage\u{a0}: le tutoriel a besoin d’un terminal (son entrée ou sa sortie n’en est pas un).\nPour lire les leçons en texte\u{a0}: multistage fiche | less -R",
            "multistage: the tutorial needs a terminal (its input or output is not one).\nTo read the lessons as text: multistage fiche | less -R",
        ));
        return ExitCode::from(EXIT_BAD_INPUT);
    }
    let mut store = Store::default_location();
    let (progress, note) = store.as_ref().map(Store::load).unwrap_or_default();
    if matches!(note, Some(LoadNote::Unreadable(_))) {
        // Saving would replace a file we could not even read.
        store = None;
    }
    let start = match (lesson, asked) {
        (None, _) => Start::Home,
        (Some(_), Some(index)) => Start::Lesson(index),
        // `multistage lesson` alone: the first lesson not read yet.
        (Some(_), None) => Start::Lesson(
            lessons
                .iter()
                .position(|lesson| !progress.is_read(&lesson.slug))
                .unwrap_or(0),
        ),
    };

    let colour = super::wants_colour(matches);
    let mut app = App::new(
        lang,
        super::theme(matches, colour),
        lessons,
        progress,
        (80, 24),
    );
    app.status = note.map(|note| tui::load_note_text(&note, lang));
    match tui::run(app, start, store) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => report_bad_input(&format!("terminal{}{error}", lang.colon()), lang),
    }
}
