//! The interactive tutorial, in ratatui's Elm style: the state
//! (`state.rs`), the messages decoded from terminal events (`message.rs`),
//! the update that applies them (`update.rs`) and the view that draws the
//! state (`view.rs`); `input.rs` waits for events and signals. This module
//! and `input.rs` are the only ones with I/O: this one owns the
//! terminal, and gives it back — raw mode off, alternate screen left, cursor
//! shown — on quit, on a panic and on SIGINT, SIGTERM or SIGHUP.

mod input;
mod message;
mod state;
mod update;
mod view;

use std::io::{self, Stdout};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

pub use state::{App, LessonView, Screen};
pub use update::{Effect, update};
pub use view::view;

use crate::progress::{LoadNote, Store};
use input::{Input, Wake};

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

/// Runs the tutorial until the learner quits. Errors are terminal I/O errors.
pub fn run(mut app: App, start: Start, store: Option<Store>) -> io::Result<()> {
    install_panic_hook();
    let mut input = Input::new()?;
    let (_guard, mut terminal) = setup_terminal()?;
    let size = terminal.size()?;
    app.size = (size.width, size.height);
    let mut effects = match start {
        Start::Home => Vec::new(),
        Start::Lesson(index) => {
            app.screen = Screen::Home { selected: index };
            // A message clears the status line; a note from start-up (a
            // progress file set aside) must still be seen.
            let note = app.status.take();
            let effects = update(&mut app, message::Message::Open);
            app.status = note.or(app.status.take());
            effects
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
        if !app.running {
            return Ok(());
        }
        if dirty {
            terminal.draw(|frame| view(&app, frame))?;
            dirty = false;
        }
        match input.wait()? {
            Wake::Events(events) => {
                for event in events {
                    if let Some(message) = message::message_for(&app, &event) {
                        effects.extend(update(&mut app, message));
                        dirty = true;
                    }
                }
            }
            Wake::Terminate => return Ok(()),
            Wake::HungUp => {
                // Nothing to give back: ratatui's drop would try to show
                // the cursor on the dead terminal, then report the failure
                // on a dead standard error.
                std::mem::forget(terminal);
                return Ok(());
            }
        }
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
