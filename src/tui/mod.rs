//! The interactive tutorial, in ratatui's Elm style: the state
//! (`state.rs`), the messages decoded from terminal events (`message.rs`),
//! the update that applies them (`update.rs`) and the view that draws the
//! state (`view.rs`). This module is the only one with I/O: it owns the
//! terminal, and gives it back — raw mode off, alternate screen left, cursor
//! shown — on quit, on a panic and on SIGINT, SIGTERM or SIGHUP.

mod message;
mod state;
mod update;
mod view;

use std::io::{self, Stdout};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

pub use state::{App, LessonView, Screen};
pub use update::{Effect, update};
pub use view::view;

use crate::progress::{LoadNote, Store};

/// Where the tutorial opens.
pub enum Start {
    Home,
    Lesson(usize),
}

/// Gives the terminal back to the shell. Safe to call more than once.
fn restore_terminal() {
    let _ = disable_raw_mode();
    let _ = execute!(
        io::stdout(),
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

fn setup_terminal() -> io::Result<(TerminalGuard, Terminal<CrosstermBackend<Stdout>>)> {
    enable_raw_mode()?;
    let guard = TerminalGuard;
    execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture)?;
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

/// A flag raised by SIGINT, SIGTERM or SIGHUP; the loop then ends cleanly.
fn termination_flag() -> Arc<AtomicBool> {
    let flag = Arc::new(AtomicBool::new(false));
    for signal in [
        signal_hook::consts::SIGINT,
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
    ] {
        let _ = signal_hook::flag::register(signal, Arc::clone(&flag));
    }
    flag
}

/// Runs the tutorial until the learner quits. Errors are terminal I/O errors.
pub fn run(mut app: App, start: Start, store: Option<Store>) -> io::Result<()> {
    install_panic_hook();
    let stop = termination_flag();
    let (_guard, mut terminal) = setup_terminal()?;
    let size = terminal.size()?;
    app.size = (size.width, size.height);
    let mut effects = match start {
        Start::Home => Vec::new(),
        Start::Lesson(index) => {
            app.screen = Screen::Home { selected: index };
            update(&mut app, message::Message::Open)
        }
    };
    // Draw only when something changed: an idle tutorial writes nothing.
    let mut dirty = true;
    loop {
        for effect in effects.drain(..) {
            match effect {
                Effect::SaveProgress => {
                    if let Some(Err(error)) = store.as_ref().map(|store| store.save(&app.progress))
                    {
                        app.status = Some(match app.lang {
                            crate::i18n::Lang::Fr => {
                                format!("Progression non enregistrée\u{a0}: {error}")
                            }
                            crate::i18n::Lang::En => format!("Progress not saved: {error}"),
                        });
                    }
                }
            }
        }
        if !app.running || stop.load(Ordering::Relaxed) {
            return Ok(());
        }
        if dirty {
            terminal.draw(|frame| view(&app, frame))?;
            dirty = false;
        }
        // Wake up now and then to notice a termination signal.
        if !event::poll(Duration::from_millis(200))? {
            continue;
        }
        let event = event::read()?;
        if let Some(message) = message::message_for(&app, &event) {
            effects = update(&mut app, message);
            dirty = true;
        }
    }
}

/// The note to show when the progress file had to be set aside.
pub fn load_note_text(note: &LoadNote, lang: crate::i18n::Lang) -> String {
    let LoadNote::SetAside(path) = note;
    let path = crate::safe_text::escape_controls(&path.display().to_string()).into_owned();
    match lang {
        crate::i18n::Lang::Fr => format!(
            "Fichier de progression illisible, mis de côté ({path})\u{a0}: on repart de zéro."
        ),
        crate::i18n::Lang::En => {
            format!("Unreadable progress file, set aside ({path}): starting afresh.")
        }
    }
}

#[cfg(test)]
mod tests;
