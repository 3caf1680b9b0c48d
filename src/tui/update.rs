//! How a message changes the state. Pure: what must touch the outside
//! world (saving progress) is returned as an [`Effect`] for the run loop.

use super::message::Message;
use super::state::{App, LessonView, Match, Overlay, Screen, text_height};
use crate::markdown::plain_text;

/// Work for the run loop after an update.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    SaveProgress,
}

/// Applies `message` to `app`.
pub fn update(app: &mut App, message: Message) -> Vec<Effect> {
    if !matches!(message, Message::Resize(..)) {
        app.status = None;
    }
    let size = app.size;
    match message {
        Message::Quit => app.running = false,
        Message::ToggleHelp => {
            app.overlay = match app.overlay {
                Some(Overlay::Help) => None,
                _ => Some(Overlay::Help),
            }
        }
        Message::Resize(columns, rows) => {
            app.size = (columns, rows);
            let theme = app.theme;
            if let Screen::Lesson(view) = &mut app.screen {
                let lesson = &app.lessons[view.index];
                let top_heading = view.current_heading();
                let search = std::mem::take(&mut view.search);
                *view = LessonView::open(lesson, view.index, app.size, &theme);
                // Keep the reader near the same section after the text re-wraps.
                if let Some(heading) = top_heading.and_then(|i| view.rendered.headings.get(i)) {
                    view.scroll = heading.line.min(view.max_scroll(app.size));
                }
                view.search = search;
                find_matches(view);
            }
            // Wider, a lesson may now fit whole: read, then.
            return mark_read_at_end(app);
        }
        Message::Back => match (&mut app.overlay, &mut app.screen) {
            (Some(_), _) => app.overlay = None,
            (None, Screen::Lesson(view))
                if view.search.editing || !view.search.query.is_empty() =>
            {
                view.search = Default::default();
            }
            (None, Screen::Lesson(view)) => {
                app.screen = Screen::Home {
                    selected: view.index,
                };
            }
            (None, Screen::Home { .. }) => {}
        },
        Message::Up
        | Message::Down
        | Message::Top
        | Message::Bottom
        | Message::PageUp
        | Message::PageDown
        | Message::Scroll(_) => {
            return move_by(app, &message);
        }
        Message::Open => match (&app.overlay, &mut app.screen) {
            (Some(Overlay::Contents { selected }), Screen::Lesson(view)) => {
                if let Some(heading) = view.rendered.headings.get(*selected) {
                    view.scroll = heading.line.min(view.max_scroll(size));
                }
                app.overlay = None;
                return mark_read_at_end(app);
            }
            (None, Screen::Home { selected }) => {
                let index = *selected;
                return open_lesson(app, index);
            }
            _ => {}
        },
        Message::NextLesson | Message::PreviousLesson => {
            if let Screen::Lesson(view) = &app.screen {
                let target = match message {
                    Message::NextLesson => view.index + 1,
                    _ => view.index.wrapping_sub(1),
                };
                if target < app.lessons.len() {
                    return open_lesson(app, target);
                }
            }
        }
        Message::ToggleContents => {
            app.overlay = match (&app.overlay, &app.screen) {
                (Some(Overlay::Contents { .. }), _) => None,
                (_, Screen::Lesson(view)) if !view.rendered.headings.is_empty() => {
                    let selected = view.current_heading().unwrap_or(0);
                    Some(Overlay::Contents { selected })
                }
                (overlay, _) => overlay.clone(),
            }
        }
        Message::SearchStart => {
            if let Screen::Lesson(view) = &mut app.screen {
                view.search = Default::default();
                view.search.editing = true;
            }
        }
        Message::SearchType(ch) => {
            if let Screen::Lesson(view) = &mut app.screen {
                view.search.query.push(ch);
            }
        }
        Message::SearchErase => {
            if let Screen::Lesson(view) = &mut app.screen {
                view.search.query.pop();
            }
        }
        Message::SearchSubmit => {
            if let Screen::Lesson(view) = &mut app.screen {
                view.search.editing = false;
                find_matches(view);
                let scroll = view.scroll;
                view.search.current = view
                    .search
                    .matches
                    .iter()
                    .position(|m| m.line >= scroll)
                    .or((!view.search.matches.is_empty()).then_some(0));
                reveal_current(view, size);
            }
            return mark_read_at_end(app);
        }
        Message::NextMatch | Message::PreviousMatch => {
            if let Screen::Lesson(view) = &mut app.screen {
                let count = view.search.matches.len();
                if count > 0 {
                    let current = view.search.current.unwrap_or(0);
                    view.search.current = Some(match message {
                        Message::NextMatch => (current + 1) % count,
                        _ => (current + count - 1) % count,
                    });
                    reveal_current(view, size);
                }
            }
            return mark_read_at_end(app);
        }
    }
    Vec::new()
}

fn open_lesson(app: &mut App, index: usize) -> Vec<Effect> {
    let Some(lesson) = app.lessons.get(index) else {
        return Vec::new();
    };
    app.screen = Screen::Lesson(LessonView::open(lesson, index, app.size, &app.theme));
    app.overlay = None;
    mark_read_at_end(app)
}

/// A lesson scrolled to its end has been read.
fn mark_read_at_end(app: &mut App) -> Vec<Effect> {
    let Screen::Lesson(view) = &app.screen else {
        return Vec::new();
    };
    if view.at_end(app.size) && app.progress.mark_read(&app.lessons[view.index].slug) {
        vec![Effect::SaveProgress]
    } else {
        Vec::new()
    }
}

fn move_by(app: &mut App, message: &Message) -> Vec<Effect> {
    let size = app.size;
    let page = text_height(size).saturating_sub(2).max(1) as i64;
    match (&mut app.overlay, &mut app.screen) {
        (Some(Overlay::Help), _) => {}
        (Some(Overlay::Contents { selected }), Screen::Lesson(view)) => {
            let last = view.rendered.headings.len().saturating_sub(1);
            *selected = match message {
                Message::Up | Message::Scroll(..=-1) => selected.saturating_sub(1),
                Message::Down | Message::Scroll(1..) => (*selected + 1).min(last),
                Message::Top => 0,
                Message::Bottom => last,
                _ => *selected,
            };
        }
        (_, Screen::Home { selected }) => {
            let last = app.lessons.len().saturating_sub(1);
            *selected = match message {
                Message::Up | Message::Scroll(..=-1) => selected.saturating_sub(1),
                Message::Down | Message::Scroll(1..) => (*selected + 1).min(last),
                Message::Top | Message::PageUp => 0,
                Message::Bottom | Message::PageDown => last,
                _ => *selected,
            };
        }
        (_, Screen::Lesson(view)) => {
            let delta: i64 = match message {
                Message::Up => -1,
                Message::Down => 1,
                Message::PageUp => -page,
                Message::PageDown => page,
                Message::Scroll(lines) => i64::from(*lines),
                Message::Top => i64::MIN / 2,
                Message::Bottom => i64::MAX / 2,
                _ => 0,
            };
            let max = view.max_scroll(size) as i64;
            view.scroll = (view.scroll as i64 + delta).clamp(0, max) as usize;
            return mark_read_at_end(app);
        }
    }
    Vec::new()
}

/// Case-insensitive matches of the query in the rendered lines.
fn find_matches(view: &mut LessonView) {
    let lower = |ch: char| ch.to_lowercase().next().unwrap_or(ch);
    let query: Vec<char> = view.search.query.chars().map(lower).collect();
    view.search.matches.clear();
    if query.is_empty() {
        view.search.current = None;
        return;
    }
    for (line_index, line) in view.rendered.lines.iter().enumerate() {
        // One lower-case character per character, so positions stay aligned.
        let text: Vec<char> = plain_text(line).chars().map(lower).collect();
        let mut start = 0;
        while start + query.len() <= text.len() {
            if text[start..start + query.len()] == query[..] {
                view.search.matches.push(Match {
                    line: line_index,
                    start,
                    end: start + query.len(),
                });
                start += query.len();
            } else {
                start += 1;
            }
        }
    }
    if view
        .search
        .current
        .is_some_and(|current| current >= view.search.matches.len())
    {
        view.search.current = None;
    }
}

/// Scrolls so that the current match is on screen, a few lines from the top.
fn reveal_current(view: &mut LessonView, size: (u16, u16)) {
    let Some(found) = view.search.current.and_then(|i| view.search.matches.get(i)) else {
        return;
    };
    let height = text_height(size);
    if found.line < view.scroll || found.line >= view.scroll + height {
        view.scroll = found.line.saturating_sub(3).min(view.max_scroll(size));
    }
}
