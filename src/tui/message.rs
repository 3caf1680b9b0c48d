//! What the learner asks for, decoded from terminal events according to
//! what is on screen (typing a search is not navigating).

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};
use ratatui::layout::Position;

use super::editor::Edit;
use super::exercise::{ExerciseView, Focus, Tab};
use super::exercise_view::{areas, tab_at};
use super::state::{App, Overlay, Screen};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    Quit,
    ToggleHelp,
    /// Escape: close what is open, or go back.
    Back,
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    /// Mouse wheel: lines to scroll.
    Scroll(i32),
    Open,
    NextLesson,
    PreviousLesson,
    ToggleContents,
    SearchStart,
    SearchType(char),
    SearchErase,
    SearchSubmit,
    NextMatch,
    PreviousMatch,
    Resize(u16, u16),
    /// From a lesson: its first exercise not passed yet.
    LessonExercise,
    /// In the exercise screen.
    Edit(Edit),
    FocusEditor,
    Explain,
    Hint,
    /// Open the file in `$VISUAL` / `$EDITOR`.
    OwnEditor,
    /// Put the exercise's other file in the editor (Dockerfile, `.dockerignore`).
    SwitchFile,
    /// Read the file again and grade it (where the folder cannot be watched).
    Regrade,
    Save,
    NextTab,
    PreviousTab,
    /// A click on a tab's name.
    SelectTab(Tab),
    /// A click in the panel: the keys leave the editor.
    FocusPanel,
    ShowSolution,
    NextExercise,
    /// From the run loop: the typing paused, grade the text.
    Grade,
    /// From the run loop: the file now holds this text (changed elsewhere).
    FileChanged(String),
}

/// The message for a terminal event, if it means anything here.
pub fn message_for(app: &App, event: &Event) -> Option<Message> {
    // The « too small » screen hides everything: no key may reach the
    // hidden file, and `q` quits as that screen says.
    if app.too_small() {
        return match event {
            Event::Resize(columns, rows) => Some(Message::Resize(*columns, *rows)),
            Event::Key(key) if key.kind != KeyEventKind::Release => match key.code {
                KeyCode::Char('q') => Some(Message::Quit),
                KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => {
                    Some(Message::Quit)
                }
                _ => None,
            },
            _ => None,
        };
    }
    if let Screen::Exercise(view) = &app.screen
        && app.overlay.is_none()
    {
        return exercise_message(app, view, event);
    }
    match event {
        Event::Resize(columns, rows) => Some(Message::Resize(*columns, *rows)),
        Event::Mouse(mouse) => match mouse.kind {
            MouseEventKind::ScrollDown => Some(Message::Scroll(3)),
            MouseEventKind::ScrollUp => Some(Message::Scroll(-3)),
            _ => None,
        },
        Event::Key(key) if key.kind != KeyEventKind::Release => key_message(app, key),
        _ => None,
    }
}

fn key_message(app: &App, key: &KeyEvent) -> Option<Message> {
    let control = key.modifiers.contains(KeyModifiers::CONTROL);
    if control && matches!(key.code, KeyCode::Char('c' | 'q')) {
        return Some(Message::Quit);
    }
    let searching = app.lesson_view().is_some_and(|view| view.search.editing);
    if searching {
        return match key.code {
            KeyCode::Esc => Some(Message::Back),
            KeyCode::Enter => Some(Message::SearchSubmit),
            KeyCode::Backspace => Some(Message::SearchErase),
            KeyCode::Char(ch) if !control => Some(Message::SearchType(ch)),
            _ => None,
        };
    }
    let common = match key.code {
        KeyCode::Char('q') => Some(Message::Quit),
        KeyCode::Char('?') | KeyCode::F(1) => Some(Message::ToggleHelp),
        KeyCode::Esc => Some(Message::Back),
        KeyCode::Up | KeyCode::Char('k') => Some(Message::Up),
        KeyCode::Down | KeyCode::Char('j') => Some(Message::Down),
        KeyCode::Home | KeyCode::Char('g') => Some(Message::Top),
        KeyCode::End | KeyCode::Char('G') => Some(Message::Bottom),
        KeyCode::PageUp => Some(Message::PageUp),
        KeyCode::PageDown | KeyCode::Char(' ') => Some(Message::PageDown),
        _ => None,
    };
    if common.is_some() {
        return common;
    }
    match (&app.screen, &app.overlay) {
        (_, Some(Overlay::Help)) => None,
        (_, Some(Overlay::Contents { .. })) => match key.code {
            KeyCode::Enter => Some(Message::Open),
            KeyCode::Char('t') => Some(Message::ToggleContents),
            _ => None,
        },
        (_, Some(Overlay::Exercises { .. })) => match key.code {
            KeyCode::Enter | KeyCode::Char('x') => Some(Message::Open),
            _ => None,
        },
        (Screen::Home { .. }, None) => match key.code {
            KeyCode::Enter | KeyCode::Right | KeyCode::Char('l') => Some(Message::Open),
            _ => None,
        },
        (Screen::Exercise(_), None) => None,
        (Screen::Lesson(_), None) => match key.code {
            KeyCode::Char('x') => Some(Message::LessonExercise),
            KeyCode::Right | KeyCode::Char('l') => Some(Message::NextLesson),
            KeyCode::Left | KeyCode::Char('h') => Some(Message::PreviousLesson),
            KeyCode::Backspace => Some(Message::Back),
            KeyCode::Char('t') => Some(Message::ToggleContents),
            KeyCode::Char('/') => Some(Message::SearchStart),
            KeyCode::Char('n') => Some(Message::NextMatch),
            KeyCode::Char('N') => Some(Message::PreviousMatch),
            _ => None,
        },
    }
}

/// The message for an event on the exercise screen: keys go to the editor
/// while it has the focus, except the function keys and `Ctrl-Q`/`Ctrl-C`.
fn exercise_message(app: &App, view: &ExerciseView, event: &Event) -> Option<Message> {
    let key = match event {
        Event::Resize(columns, rows) => return Some(Message::Resize(*columns, *rows)),
        Event::Paste(text) => return Some(Message::Edit(Edit::Insert(text.clone()))),
        Event::Mouse(mouse) => {
            let areas = areas(app.size);
            let at = Position::new(mouse.column, mouse.row);
            let in_editor = areas.editor_text.contains(at);
            return match mouse.kind {
                MouseEventKind::Down(MouseButton::Left) if in_editor => {
                    Some(Message::Edit(Edit::Click {
                        column: mouse.column,
                        row: mouse.row,
                        extend: false,
                    }))
                }
                MouseEventKind::Drag(MouseButton::Left) if in_editor => {
                    Some(Message::Edit(Edit::Click {
                        column: mouse.column,
                        row: mouse.row,
                        extend: true,
                    }))
                }
                MouseEventKind::Down(MouseButton::Left) if areas.tabs.contains(at) => {
                    let tabs = view.tabs(app.size.0, app.solution_allowed(&view.exercise.id));
                    let column = mouse.column - areas.tabs.x;
                    Some(
                        match tab_at(&tabs, view.tab, areas.tabs.width, column, app.lang) {
                            Some(tab) => Message::SelectTab(tab),
                            // The compact bar: « ◀ [tab] ▶ ».
                            None if column < 2 => Message::PreviousTab,
                            None => Message::NextTab,
                        },
                    )
                }
                MouseEventKind::Down(MouseButton::Left) if areas.panel.contains(at) => {
                    Some(Message::FocusPanel)
                }
                MouseEventKind::ScrollDown | MouseEventKind::ScrollUp if in_editor => {
                    Some(Message::Edit(Edit::Input((*mouse).into())))
                }
                MouseEventKind::ScrollDown => Some(Message::Scroll(3)),
                MouseEventKind::ScrollUp => Some(Message::Scroll(-3)),
                _ => None,
            };
        }
        Event::Key(key) if key.kind != KeyEventKind::Release => key,
        _ => return None,
    };
    let control = key.modifiers.contains(KeyModifiers::CONTROL);
    let alt = key.modifiers.contains(KeyModifiers::ALT);
    let command = match key.code {
        KeyCode::Char('q') if control => Some(Message::Quit),
        // Ctrl-C copies in the editor, as in the editors learners know
        // (and Ctrl-Shift-C, where the terminal passes it on).
        KeyCode::Char('c' | 'C') if control && view.focus == Focus::Editor => {
            Some(Message::Edit(Edit::Copy))
        }
        KeyCode::Char('c') if control => Some(Message::Quit),
        KeyCode::Char('s') if control => Some(Message::Save),
        KeyCode::F(1) => Some(Message::ToggleHelp),
        KeyCode::F(2) => Some(Message::Explain),
        KeyCode::F(3) => Some(Message::Hint),
        KeyCode::F(4) => Some(Message::OwnEditor),
        KeyCode::F(5) => Some(Message::Regrade),
        KeyCode::F(6) => Some(Message::NextTab),
        KeyCode::F(7) => Some(Message::ShowSolution),
        KeyCode::F(8) => Some(Message::NextExercise),
        KeyCode::F(9) => Some(Message::SwitchFile),
        _ => None,
    };
    if command.is_some() {
        return command;
    }
    if view.focus == Focus::Editor {
        let edit = match key.code {
            KeyCode::Esc => return Some(Message::Back),
            KeyCode::Char('z') if control => Edit::Undo,
            KeyCode::Char('y') if control => Edit::Redo,
            KeyCode::Char('x') if control => Edit::Cut,
            KeyCode::Char('v') if control => Edit::Paste,
            // Ctrl-A stays the start of the line, as Ctrl-E is its end
            // (readline): a shell user's Ctrl-A then a letter must not
            // replace the whole file.
            KeyCode::Char('a') if alt => Edit::SelectAll,
            KeyCode::Char('c' | 'w') if alt => Edit::Copy,
            KeyCode::Insert if control => Edit::Copy,
            KeyCode::Home if control => Edit::Top,
            KeyCode::End if control => Edit::Bottom,
            _ => Edit::Input((*key).into()),
        };
        return Some(Message::Edit(edit));
    }
    match key.code {
        KeyCode::Char('q') => Some(Message::Quit),
        KeyCode::Char('?') => Some(Message::ToggleHelp),
        KeyCode::Esc => Some(Message::Back),
        // A letter means one thing on every screen: h and l go left and
        // right (a lesson, a tab), x goes to an exercise, n to a search's
        // next match; `i` is the « indice ».
        KeyCode::Enter => Some(Message::FocusEditor),
        KeyCode::Char('e') => Some(Message::Explain),
        KeyCode::Char('i') => Some(Message::Hint),
        KeyCode::Char('o') => Some(Message::OwnEditor),
        KeyCode::Char('f') => Some(Message::SwitchFile),
        KeyCode::Char('r') => Some(Message::Regrade),
        KeyCode::Char('s') => Some(Message::ShowSolution),
        KeyCode::Char('x') => Some(Message::NextExercise),
        KeyCode::Tab | KeyCode::Right | KeyCode::Char('l') => Some(Message::NextTab),
        KeyCode::BackTab | KeyCode::Left | KeyCode::Char('h') => Some(Message::PreviousTab),
        KeyCode::Up | KeyCode::Char('k') => Some(Message::Up),
        KeyCode::Down | KeyCode::Char('j') => Some(Message::Down),
        KeyCode::PageUp => Some(Message::PageUp),
        KeyCode::PageDown | KeyCode::Char(' ') => Some(Message::PageDown),
        KeyCode::Home | KeyCode::Char('g') => Some(Message::Top),
        _ => None,
    }
}
