//! `multistage` and `multistage lesson [N|SLUG]`: the interactive tutorial,
//! on the home screen or straight in a lesson. It needs a terminal; piped,
//! it says so and points to `multistage fiche`.

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::{Arg, ArgMatches, Command};

use super::{EXIT_BAD_INPUT, report_bad_input};
use crate::content;
use crate::exercise::{self, Exercise, ExerciseError};
use crate::i18n::Lang;
use crate::progress::{LoadNote, Progress, Store};
use crate::tui::{self, App, ExerciseEntry, ExerciseState, Loaded, Session, Start};
use crate::workspace::{StartingFile, Workspace};

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

/// What the tutorial opens on.
pub(super) enum Opening<'a> {
    Home,
    /// `multistage lesson [QUERY]`.
    Lesson(Option<&'a str>),
    /// `multistage exercise [ID]`, on a terminal.
    Exercise(Option<&'a str>),
}

/// Runs the tutorial on `opening`.
pub(super) fn run(matches: &ArgMatches, opening: Opening<'_>, lang: Lang) -> ExitCode {
    let lessons = match content::lessons() {
        Ok(lessons) => lessons,
        Err(error) => return report_bad_input(&error.describe(lang), lang),
    };
    // What was asked for, then the terminal, are checked before the
    // progress file is read: a mistyped name or a pipe must not touch it.
    let asked_lesson = match opening {
        Opening::Lesson(Some(query)) => match super::find_lesson(&lessons, query, lang) {
            Ok(index) => Some(index),
            Err(exit) => return exit,
        },
        _ => None,
    };
    let asked_exercise = match opening {
        Opening::Exercise(Some(query)) => match super::find_exercise(query, lang) {
            Ok(found) => Some(found.id),
            Err(exit) => return exit,
        },
        _ => None,
    };
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        super::print_error(lang.pick(
            "multistage\u{a0}: le tutoriel a besoin d’un terminal (son entrée ou sa sortie n’en est pas un).\nPour lire les leçons en texte\u{a0}: multistage fiche --color always | less -R",
            "multistage: the tutorial needs a terminal (its input or output is not one).\nTo read the lessons as text: multistage fiche --color always | less -R",
        ));
        return ExitCode::from(EXIT_BAD_INPUT);
    }
    let starts = match super::starts_or_exit(lang) {
        Ok(starts) => starts,
        Err(exit) => return exit,
    };
    let workspace = Workspace::locate(&starts).map_err(|error| error.describe(lang));
    let mut store = Store::for_workspace(workspace.as_ref().ok().map(|w| w.root.as_path()));
    let (progress, note) = store.as_ref().map(Store::load).unwrap_or_default();
    if matches!(note, Some(LoadNote::Unreadable(_))) {
        // Saving would replace a file we could not even read.
        store = None;
    }
    // Reading every exercise.toml costs more than drawing a lesson: with
    // the built-in exercises (which the tests know to be sound) a lesson
    // is drawn first.
    let load = {
        let lessons = lessons.clone();
        let progress = progress.clone();
        let workspace = workspace.as_ref().ok().cloned();
        move || -> Result<Loaded, ExerciseError> {
            let mut exercises = exercise::all()?;
            exercise::sort_in_lesson_order(&mut exercises, &lessons);
            let entries = exercise_entries(&exercises, &progress, workspace.as_ref(), lang);
            Ok((exercises, entries))
        }
    };
    let (exercises, entries, loading) =
        if matches!(opening, Opening::Lesson(_)) && crate::pack::active().is_none() {
            let load: Box<dyn FnOnce() -> Result<Loaded, ExerciseError>> = Box::new(load);
            (Vec::new(), Vec::new(), Some(load))
        } else {
            match load() {
                Ok((exercises, entries)) => (exercises, entries, None),
                Err(error) => return report_bad_input(&error.describe(lang), lang),
            }
        };
    let asked_exercise =
        asked_exercise.and_then(|id| exercises.iter().position(|exercise| exercise.id == id));
    let start = match opening {
        Opening::Home => Start::Home,
        Opening::Lesson(_) => Start::Lesson(asked_lesson.unwrap_or_else(|| {
            // `multistage lesson` alone: the first lesson not read yet.
            lessons
                .iter()
                .position(|lesson| !progress.is_read(&lesson.slug))
                .unwrap_or(0)
        })),
        Opening::Exercise(_) => Start::Exercise(asked_exercise.unwrap_or_else(|| {
            entries
                .iter()
                .position(|entry| entry.state != ExerciseState::Passed)
                .unwrap_or(0)
        })),
    };

    let colour = super::wants_colour(matches);
    let mut app = App::new(
        lang,
        super::theme(matches, colour),
        lessons,
        progress,
        (80, 24),
    );
    app.exercises = entries;
    app.status = note.map(|note| tui::load_note_text(&note, lang));
    let session = Session {
        store,
        exercises,
        loading,
        workspace,
    };
    match tui::run(app, start, session) {
        Ok(None) => ExitCode::SUCCESS,
        // 130, 143, 129: what shells and scripts expect after SIGINT,
        // SIGTERM, SIGHUP (the file was saved all the same).
        Ok(Some(signal)) => ExitCode::from(u8::try_from(128 + signal).unwrap_or(1)),
        Err(error) => match error
            .get_ref()
            .and_then(|inner| inner.downcast_ref::<tui::NotSaved>())
        {
            Some(not_saved) => {
                super::print_error(&format!("multistage{}{not_saved}", lang.colon()));
                ExitCode::FAILURE
            }
            None => report_bad_input(&format!("terminal{}{error}", lang.colon()), lang),
        },
    }
}

/// The exercises as the home screen lists them, with their state.
fn exercise_entries(
    exercises: &[Exercise],
    progress: &Progress,
    workspace: Option<&Workspace>,
    lang: Lang,
) -> Vec<ExerciseEntry> {
    exercises
        .iter()
        .map(|exercise| {
            let state = if progress.has_passed(&exercise.id) {
                ExerciseState::Passed
            } else if workspace.is_some_and(|w| w.started(&StartingFile::of(exercise))) {
                ExerciseState::InProgress
            } else {
                ExerciseState::NotStarted
            };
            ExerciseEntry {
                id: exercise.id.clone(),
                title: exercise.title(lang).to_string(),
                lesson: exercise.lesson.clone(),
                state,
            }
        })
        .collect()
}
