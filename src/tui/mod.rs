//! The interactive tutorial, in ratatui's Elm style: the state
//! (`state.rs`), the messages decoded from terminal events (`message.rs`),
//! the update that applies them (`update.rs`) and the view that draws the
//! state (`view.rs`); `input.rs` waits for events and signals. This module
//! and `input.rs` are the only ones with I/O: this one owns the
//! terminal, and gives it back — raw mode off, alternate screen left, cursor
//! shown — on quit, on a panic and on SIGINT, SIGTERM or SIGHUP.

mod editor;
mod exercise;
mod exercise_view;
mod input;
mod message;
mod state;
mod update;
mod view;
mod watch;

use std::io::{self, Stdout};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

use std::time::{Duration, Instant};

pub use editor::Edit;
pub use exercise::ExerciseView;
use exercise::OtherFile;
pub use message::Message;
pub use state::{App, ExerciseEntry, ExerciseState, LessonView, Screen, text_width};
pub use update::{Effect, show_exercise, update};
pub use view::view;

use crate::exercise::ExerciseError;
use crate::i18n::Lang;
use crate::progress::{LoadNote, Store};
use crate::safe_text::escape_controls;
use crate::workspace::{StartingFile, Workspace};
use input::{Input, Wake};
use watch::FolderWatch;

/// Where the tutorial opens.
pub enum Start {
    Home,
    Lesson(usize),
    /// The exercise at this position in `App::exercises`.
    Exercise(usize),
}

/// The exercises and how the home screen lists them.
pub type Loaded = (Vec<crate::exercise::Exercise>, Vec<ExerciseEntry>);

/// What the run loop needs from outside the state: where progress and the
/// learner's files live.
pub struct Session {
    pub store: Option<Store>,
    /// The exercises, read once at start, in the order of `App::exercises`.
    pub exercises: Vec<crate::exercise::Exercise>,
    /// Reads the exercises, when a lesson is drawn first: called once the
    /// first frame is out (on another thread, it would take the CPU that
    /// frame needs).
    pub loading: Option<Box<dyn FnOnce() -> Result<Loaded, ExerciseError>>>,
    /// `None` when no workspace could be used: exercises then say why.
    pub workspace: Result<Workspace, String>,
}

/// Gives the terminal back to the shell. Safe to call more than once.
fn restore_terminal() {
    let _ = disable_raw_mode();
    let _ = execute!(
        io::stdout(),
        DisableBracketedPaste,
        DisableMouseCapture,
        LeaveAlternateScreen,
        ratatui::crossterm::cursor::Show
    );
}

/// Restores the terminal when dropped, whatever the way out.
struct TerminalGuard;

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore_terminal();
    }
}

/// Raw mode, the alternate screen, the mouse and bracketed paste.
fn enter_tui() -> io::Result<()> {
    enable_raw_mode()?;
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste
    )
}

fn setup_terminal() -> io::Result<(TerminalGuard, Terminal<CrosstermBackend<Stdout>>)> {
    let guard = TerminalGuard;
    enter_tui()?;
    let terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    Ok((guard, terminal))
}

/// A panic restores the terminal before its message is printed.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_terminal();
        previous(info);
    }));
}

/// After the last keystroke, how long before grading, and before saving.
const GRADE_PAUSE: Duration = Duration::from_millis(150);
const SAVE_PAUSE: Duration = Duration::from_millis(800);

/// Runs the tutorial until the learner quits; returns the signal that
/// ended it, if one did (shells expect 128 + its number as the exit code).
/// Errors are terminal I/O errors. The exercise's file is saved on every
/// way out — a quit, a signal, a closed terminal, a panic (then the panic
/// goes on).
pub fn run(mut app: App, start: Start, mut session: Session) -> io::Result<Option<i32>> {
    install_panic_hook();
    let mut input = Input::new()?;
    let (_guard, mut terminal) = setup_terminal()?;
    let size = terminal.size()?;
    app.size = (size.width, size.height);
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        run_loop(&mut app, start, &mut session, &mut input, &mut terminal)
    }));
    let saved = save_on_exit(&mut app, &session);
    match outcome {
        Ok(Ok(Exit::HungUp)) => {
            // Nothing to give back: ratatui's drop would try to show the
            // cursor on the dead terminal, then report the failure on a
            // dead standard error.
            std::mem::forget(terminal);
            saved.map(|()| None)
        }
        Ok(Ok(Exit::Normal)) => saved.map(|()| None),
        Ok(Ok(Exit::Signal(signal))) => saved.map(|()| Some(signal)),
        Ok(Err(error)) => Err(error),
        Err(panic) => std::panic::resume_unwind(panic),
    }
}

enum Exit {
    Normal,
    HungUp,
    /// SIGINT, SIGTERM or SIGHUP, by number.
    Signal(i32),
}

fn run_loop(
    app: &mut App,
    start: Start,
    session: &mut Session,
    input: &mut Input,
    terminal: &mut Terminal<CrosstermBackend<Stdout>>,
) -> io::Result<Exit> {
    // A message clears the status line; a note from start-up (a progress
    // file set aside) must still be seen.
    let note = app.status.take();
    let mut effects = match start {
        Start::Home => Vec::new(),
        Start::Lesson(index) => {
            app.screen = Screen::Home { selected: index };
            update(app, message::Message::Open)
        }
        Start::Exercise(index) => vec![Effect::OpenExercise(index)],
    };
    app.status = note.or(app.status.take());
    let mut watch: Option<FolderWatch> = None;
    let mut last_edit = Instant::now();
    // Draw only when something changed: an idle tutorial writes nothing.
    let mut dirty = true;
    loop {
        while !effects.is_empty() {
            for effect in std::mem::take(&mut effects) {
                effects.extend(apply_effect(app, effect, session, &mut watch, terminal)?);
            }
            dirty = true;
        }
        if !app.running {
            return Ok(Exit::Normal);
        }
        if dirty {
            terminal.draw(|frame| view(app, frame))?;
            dirty = false;
        }
        if let Screen::Lesson(view) = &mut app.screen
            && view.rendered.uncoloured_code
        {
            view.colour_all_code(&app.lessons[view.index], &app.theme, app.lang);
            dirty = true;
            continue;
        }
        if let Some(load) = session.loading.take() {
            match load() {
                Ok((exercises, entries)) => {
                    session.exercises = exercises;
                    app.exercises = entries;
                }
                Err(error) => app.status = Some(error.describe(app.lang)),
            }
            dirty = true;
            continue;
        }
        let deadline = app.exercise_view().and_then(|view| {
            if view.needs_grading() {
                Some(last_edit + GRADE_PAUSE)
            } else if view.save_due() {
                Some(last_edit + SAVE_PAUSE)
            } else {
                None
            }
        });
        match input.wait(deadline, watch.as_ref())? {
            Wake::Events(events) => {
                for event in events {
                    let Some(message) = message::message_for(app, &event) else {
                        continue;
                    };
                    let revision = app.exercise_view().map(|view| view.editor.revision);
                    effects.extend(update(app, message));
                    if app.exercise_view().map(|view| view.editor.revision) != revision {
                        last_edit = Instant::now();
                    }
                    dirty = true;
                }
            }
            Wake::TimedOut => {
                let now = Instant::now();
                if let Some(view) = app.exercise_view() {
                    if view.needs_grading() && now >= last_edit + GRADE_PAUSE {
                        effects.extend(update(app, message::Message::Grade));
                        dirty = true;
                    } else if view.save_due() && now >= last_edit + SAVE_PAUSE {
                        effects.push(Effect::SaveFile);
                    }
                }
            }
            Wake::FolderChanged => {
                if watch.as_ref().is_some_and(FolderWatch::file_touched) {
                    effects.push(Effect::ReadFile);
                }
            }
            Wake::Terminate(signal) => return Ok(Exit::Signal(signal)),
            Wake::HungUp => return Ok(Exit::HungUp),
        }
    }
}

/// Carries out one effect; what it learns comes back as messages, whose
/// own effects are returned.
fn apply_effect(
    app: &mut App,
    effect: Effect,
    session: &mut Session,
    watch: &mut Option<FolderWatch>,
    terminal: &mut Terminal<CrosstermBackend<Stdout>>,
) -> io::Result<Vec<Effect>> {
    let lang = app.lang;
    match effect {
        Effect::Clipboard(text) => {
            // Terminals cap what OSC 52 may carry; past that, the copy
            // stays in the editor's own buffer.
            if text.len() <= 64 * 1024 {
                use std::io::Write;
                let mut stdout = io::stdout().lock();
                let _ = write!(stdout, "\x1b]52;c;{}\x07", base64(text.as_bytes()));
                let _ = stdout.flush();
            }
        }
        Effect::SaveProgress => save_progress(app, session),
        Effect::SaveFile => {
            if let Screen::Exercise(view) = &mut app.screen {
                match save_file(view) {
                    Err(error) => app.status = Some(file_not_saved(&view.path, &error, lang)),
                    Ok(()) => {
                        if let Some(copy) = view.kept_copy.take() {
                            let name = copy.file_name().unwrap_or_default().to_string_lossy();
                            let name = escape_controls(&name);
                            app.status = Some(lang.pick(
                                format!("Votre version est enregistrée\u{a0}; celle du disque est gardée dans {name}."),
                                format!("Your version is saved; the disk's is kept in {name}."),
                            ));
                        }
                    }
                }
            }
        }
        Effect::SaveLeaving => {
            if let Some(mut view) = app.leaving.take() {
                *watch = None;
                if let Err(error) = save_file(&mut view) {
                    // Keep it on screen rather than lose it.
                    app.status = Some(file_not_saved(&view.path, &error, lang));
                    app.screen = Screen::Exercise(view);
                }
            }
        }
        Effect::OpenExercise(index) => {
            if app.exercise_view().is_some() {
                // Not leaving an exercise whose file cannot be saved.
                return Ok(Vec::new());
            }
            match open_exercise(app, index, session) {
                Ok(mut view) => {
                    *watch = FolderWatch::new(&view.path).ok();
                    view.watching = watch.is_some();
                    if !view.watching {
                        app.status = Some(
                            lang.pick(
                                "Ce dossier ne peut pas être surveillé\u{a0}: F5 relit le fichier après une modification extérieure.",
                                "This folder cannot be watched: F5 reads the file again after an outside change.",
                            )
                            .to_string(),
                        );
                    }
                    return Ok(update::show_exercise(app, view));
                }
                Err(reason) => app.status = Some(reason),
            }
        }
        Effect::ReadFile => {
            if let Some(view) = app.exercise_view() {
                match read_file(&view.path, lang) {
                    Ok(text) if text != view.disk_text && text != view.editor.text() => {
                        return Ok(update(app, message::Message::FileChanged(text)));
                    }
                    Ok(_) => {
                        if view.needs_grading() || !view.watching {
                            return Ok(update(app, message::Message::Grade));
                        }
                    }
                    Err(reason) => app.status = Some(reason),
                }
            }
        }
        Effect::SwitchFile => {
            let Screen::Exercise(view) = &mut app.screen else {
                return Ok(Vec::new());
            };
            // The save before it failed (and said so): nothing is set aside unsaved.
            if view.needs_saving() {
                return Ok(Vec::new());
            }
            let Some(path) = view.other.as_ref().map(|other| other.path.clone()) else {
                return Ok(Vec::new());
            };
            let on_disk = if path.exists() {
                match read_file(&path, lang) {
                    Ok(text) => text,
                    Err(reason) => {
                        app.status = Some(reason);
                        return Ok(Vec::new());
                    }
                }
            } else {
                // Deleted: as for Docker, no file is an empty one; saving writes it.
                String::new()
            };
            view.switch_file(on_disk);
            *watch = FolderWatch::new(&view.path).ok();
            view.watching = watch.is_some();
            return Ok(update(app, message::Message::Grade));
        }
        Effect::OwnEditor => {
            let Some(path) = app.exercise_view().map(|view| view.path.clone()) else {
                return Ok(Vec::new());
            };
            restore_terminal();
            let outcome = own_editor(&path);
            enter_tui()?;
            // A fresh terminal draws everything again (`Terminal::clear`
            // would ask the terminal where its cursor is, and some never answer).
            execute!(
                io::stdout(),
                ratatui::crossterm::terminal::Clear(ratatui::crossterm::terminal::ClearType::All)
            )?;
            *terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
            if let Err(reason) = outcome {
                app.status = Some(reason);
            }
            return apply_effect(app, Effect::ReadFile, session, watch, terminal);
        }
    }
    Ok(Vec::new())
}

fn save_progress(app: &mut App, session: &Session) {
    if let Some(Err(error)) = session
        .store
        .as_ref()
        .map(|store| store.save(&app.progress))
    {
        app.status = Some(app.lang.pick(
            format!("Progression non enregistrée\u{a0}: {error}"),
            format!("Progress not saved: {error}"),
        ));
    }
}

fn file_not_saved(path: &std::path::Path, error: &io::Error, lang: Lang) -> String {
    let path = escape_controls(&path.display().to_string()).into_owned();
    let reason = lang.io_reason(error);
    lang.pick(
        format!("Fichier NON enregistré ({path})\u{a0}: {reason}"),
        format!("File NOT saved ({path}): {reason}"),
    )
}

/// Writes the editor's text to the exercise's file, if it changed.
fn save_file(view: &mut ExerciseView) -> io::Result<()> {
    if !view.needs_saving() {
        return Ok(());
    }
    if view.disk_conflict.is_some() {
        view.kept_copy = crate::workspace::keep_copy(&view.path)?;
        view.disk_conflict = None;
    }
    let text = view.editor.text();
    if let Err(error) = crate::workspace::save_learner_file(&view.path, &text) {
        view.save_failed = Some(view.editor.revision);
        return Err(error);
    }
    view.save_failed = None;
    view.disk_text = text;
    view.saved_revision = view.editor.revision;
    Ok(())
}

/// On the way out: the exercise's file and where its cursor was. A file
/// that cannot be written is kept in the data folder; the error says where.
fn save_on_exit(app: &mut App, session: &Session) -> io::Result<()> {
    let lang = app.lang;
    let mut views: Vec<&mut ExerciseView> = Vec::new();
    if let Screen::Exercise(view) = &mut app.screen {
        views.push(view);
    }
    if let Some(view) = &mut app.leaving {
        views.push(view);
    }
    let mut lines = Vec::new();
    let mut failure = Ok(());
    for view in views {
        lines.push((view.exercise.id.clone(), view.dockerfile_row()));
        if let Err(error) = save_file(view) {
            let mut message = file_not_saved(&view.path, &error, lang);
            match crate::workspace::rescue(&view.exercise.id, &view.editor.text()) {
                Ok(rescued) => message.push_str(&lang.pick(
                    format!(
                        "\nVotre texte est gardé dans {}",
                        escape_controls(&rescued.display().to_string())
                    ),
                    format!(
                        "\nYour text is kept in {}",
                        escape_controls(&rescued.display().to_string())
                    ),
                )),
                Err(rescue_error) => message.push_str(&lang.pick(
                    format!(
                        "\nEt impossible de le garder ailleurs\u{a0}: {}",
                        lang.io_reason(&rescue_error)
                    ),
                    format!(
                        "\nAnd it could not be kept elsewhere: {}",
                        lang.io_reason(&rescue_error)
                    ),
                )),
            }
            failure = Err(io::Error::other(NotSaved(message)));
        }
    }
    if !lines.is_empty() {
        for (id, line) in lines {
            app.progress.set_line(&id, line);
        }
        if let Some(store) = &session.store {
            let _ = store.save(&app.progress);
        }
    }
    failure
}

/// The learner's file could not be saved on the way out: the message says
/// what happened and where the text went.
#[derive(Debug)]
pub struct NotSaved(pub String);

impl std::fmt::Display for NotSaved {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for NotSaved {}

/// Reads the learner's file as the checker would (size limit, UTF-8).
fn read_file(path: &std::path::Path, lang: Lang) -> Result<String, String> {
    crate::input::read_source(&path.to_string_lossy())
        .map(|source| source.text)
        .map_err(|error| error.describe(lang))
}

/// Loads exercise `index` and the learner's file, written from the start if missing.
fn open_exercise(app: &App, index: usize, session: &Session) -> Result<ExerciseView, String> {
    let lang = app.lang;
    let exercise = session.exercises.get(index).ok_or_else(String::new)?;
    let workspace = session.workspace.as_ref().map_err(Clone::clone)?;
    // Worked out on the session's copy, so that reopening the exercise
    // does not simulate the naive image again.
    exercise.naive_size();
    let exercise = exercise.clone();
    let path = workspace.file(&exercise.id).map_err(|e| e.describe(lang))?;
    workspace
        .ensure(&[StartingFile::of(&exercise)])
        .map_err(|e| e.describe(lang))?;
    let text = read_file(&path, lang)?;
    let other = match &exercise.dockerignore {
        Some(_) => {
            let path = workspace
                .dockerignore_file(&exercise.id)
                .map_err(|e| e.describe(lang))?;
            // A missing file is Docker's empty one; the first save writes it.
            let text = if path.exists() {
                read_file(&path, lang)?
            } else {
                String::new()
            };
            Some(OtherFile { path, text, row: 0 })
        }
        None => None,
    };
    let row = app.progress.line(&exercise.id).unwrap_or(0);
    let hints = app.progress.hints_taken(&exercise.id) as usize;
    Ok(ExerciseView::open(
        exercise,
        index,
        path,
        text,
        other,
        row,
        hints,
        (lang, app.theme),
        app.size,
    ))
}

/// Standard base64 (RFC 4648, with padding), what OSC 52 carries.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let group = chunk.iter().enumerate().fold(0u32, |group, (i, &byte)| {
            group | u32::from(byte) << (16 - 8 * i)
        });
        for position in 0..4 {
            if position <= chunk.len() {
                out.push(ALPHABET[(group >> (18 - 6 * position) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Runs `$VISUAL` or `$EDITOR` (else `vi`) on `path`, the terminal handed over.
fn own_editor(path: &std::path::Path) -> Result<(), String> {
    let editor = ["VISUAL", "EDITOR"]
        .into_iter()
        .filter_map(std::env::var_os)
        .find(|value| !value.is_empty())
        .unwrap_or_else(|| "vi".into());
    // Through the shell, as git does: `EDITOR="code --wait"` has arguments.
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("{} \"$1\"", editor.to_string_lossy()))
        .arg("sh")
        .arg(path)
        .status();
    match status {
        Ok(status) if status.success() => Ok(()),
        Ok(status) => Err(format!(
            "{}: {status}",
            escape_controls(&editor.to_string_lossy())
        )),
        Err(error) => Err(format!(
            "{}: {error}",
            escape_controls(&editor.to_string_lossy())
        )),
    }
}

/// The note to show when the progress file could not be used.
pub fn load_note_text(note: &LoadNote, lang: crate::i18n::Lang) -> String {
    use crate::safe_text::escape_controls;
    match note {
        LoadNote::SetAside(path) => {
            let path = escape_controls(&path.display().to_string()).into_owned();
            lang.pick(
                format!("Fichier de progression illisible, mis de côté ({path})\u{a0}: on repart de zéro."),
                format!("Unreadable progress file, set aside ({path}): starting afresh."),
            )
        }
        LoadNote::Unreadable(reason) => {
            let reason = escape_controls(reason).into_owned();
            lang.pick(
                format!("Fichier de progression inaccessible ({reason})\u{a0}: cette séance ne sera pas enregistrée."),
                format!("Progress file not accessible ({reason}): this session will not be saved."),
            )
        }
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod base64_tests {
    #[test]
    fn base64_as_rfc_4648_says() {
        for (input, output) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
            ("é", "w6k="),
        ] {
            assert_eq!(super::base64(input.as_bytes()), output, "{input}");
        }
    }
}
