//! What the learner asks for, decoded from terminal events according to
//! what is on screen (typing a search is not navigating).

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEventKind,
};

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
}

/// The message for a terminal event, if it means anything here.
pub fn message_for(app: &App, event: &Event) -> Option<Message> {
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
        (Screen::Home { .. }, None) => match key.code {
            KeyCode::Enter | KeyCode::Right | KeyCode::Char('l') => Some(Message::Open),
            _ => None,
        },
        (Screen::Lesson(_), None) => match key.code {
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
