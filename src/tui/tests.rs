//! The TUI on ratatui's test backend: snapshots of every screen at 80×24
//! and 120×40, and the behaviour behind the keys.

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::message::Message;
use super::state::{App, Overlay, Screen};
use super::update::{Effect, update};
use super::view::view;
use crate::content;
use crate::i18n::Lang;
use crate::progress::Progress;
use crate::theme::Theme;

fn app(size: (u16, u16)) -> App {
    App::new(
        Lang::Fr,
        Theme::plain(),
        content::lessons().expect("lessons"),
        Progress::default(),
        size,
    )
}

/// The screen as text, one line per row, trailing blanks removed.
fn screen(app: &App) -> String {
    let mut terminal = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    terminal.draw(|frame| view(app, frame)).unwrap();
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let mut row = String::new();
        for x in 0..buffer.area.width {
            row.push_str(buffer[(x, y)].symbol());
        }
        out.push_str(row.trim_end());
        out.push('\n');
    }
    out
}

fn open(app: &mut App, index: usize) {
    app.screen = Screen::Home { selected: index };
    update(app, Message::Open);
}

#[test]
fn home_screen() {
    for size in [(80, 24), (120, 40)] {
        let app = app(size);
        insta::assert_snapshot!(format!("home_{}x{}", size.0, size.1), screen(&app));
    }
}

#[test]
fn every_lesson_at_both_sizes() {
    let count = content::lessons().unwrap().len();
    for index in 0..count {
        for size in [(80, 24), (120, 40)] {
            let mut app = app(size);
            open(&mut app, index);
            let slug = app.lessons[index].slug.clone();
            insta::assert_snapshot!(format!("lesson_{slug}_{}x{}", size.0, size.1), screen(&app));
        }
    }
}

#[test]
fn help_overlay() {
    let mut app = app((80, 24));
    update(&mut app, Message::ToggleHelp);
    insta::assert_snapshot!("help_80x24", screen(&app));
    update(&mut app, Message::ToggleHelp);
    assert_eq!(app.overlay, None);
}

#[test]
fn contents_overlay_jumps_to_a_heading() {
    let mut app = app((80, 24));
    open(&mut app, 6);
    update(&mut app, Message::ToggleContents);
    update(&mut app, Message::Down);
    update(&mut app, Message::Down);
    insta::assert_snapshot!("contents_80x24", screen(&app));
    update(&mut app, Message::Open);
    let Screen::Lesson(view) = &app.screen else {
        panic!()
    };
    assert_eq!(
        view.scroll,
        view.rendered.headings[2]
            .line
            .min(view.max_scroll(app.size))
    );
    assert_eq!(app.overlay, None);
}

#[test]
fn too_small_says_so() {
    let app = app((50, 12));
    let text = screen(&app);
    assert!(text.contains("Fenêtre trop petite\u{a0}: 50×12."), "{text}");
    assert!(text.contains("au moins 60×15"), "{text}");
    // Narrower, the message wraps, and the way out is still shown.
    let narrow = screen(&self::app((30, 10)));
    assert!(narrow.contains("q pour quitter"), "{narrow}");
}

#[test]
fn reading_to_the_end_marks_the_lesson_read() {
    let mut app = app((80, 24));
    open(&mut app, 0);
    assert!(!app.progress.is_read("introduction"));
    let effects = update(&mut app, Message::Bottom);
    assert_eq!(effects, [Effect::SaveProgress]);
    assert!(app.progress.is_read("introduction"));
    assert!(update(&mut app, Message::Top).is_empty(), "saved once");
    update(&mut app, Message::Back);
    assert!(matches!(app.screen, Screen::Home { selected: 0 }));
    assert!(screen(&app).contains("1/8 leçons lues"));
}

#[test]
fn search_finds_counts_and_cycles() {
    let mut app = app((80, 24));
    open(&mut app, 6);
    update(&mut app, Message::SearchStart);
    for ch in "TARGET".chars() {
        update(&mut app, Message::SearchType(ch));
    }
    assert!(screen(&app).contains("/TARGET▏"));
    update(&mut app, Message::SearchSubmit);
    let Screen::Lesson(view) = &app.screen else {
        panic!()
    };
    let count = view.search.matches.len();
    assert!(count >= 3, "the bonus lesson talks of --target: {count}");
    assert_eq!(view.search.current, Some(0));
    let first_line = view.search.matches[0].line;
    assert!(view.scroll <= first_line && first_line < view.scroll + 21);
    assert!(screen(&app).contains(&format!("/TARGET  1/{count}")));
    update(&mut app, Message::PreviousMatch);
    let Screen::Lesson(view) = &app.screen else {
        panic!()
    };
    assert_eq!(view.search.current, Some(count - 1));
    update(&mut app, Message::Back);
    let Screen::Lesson(view) = &app.screen else {
        panic!()
    };
    assert!(
        view.search.query.is_empty(),
        "Escape clears the search first"
    );
}

#[test]
fn next_and_previous_lessons() {
    let mut app = app((80, 24));
    open(&mut app, 0);
    update(&mut app, Message::PreviousLesson);
    assert_eq!(
        app.lesson_view().unwrap().index,
        0,
        "no lesson before the first"
    );
    update(&mut app, Message::NextLesson);
    assert_eq!(app.lesson_view().unwrap().index, 1);
    open(&mut app, 7);
    update(&mut app, Message::NextLesson);
    assert_eq!(app.lesson_view().unwrap().index, 7, "none after the last");
}

#[test]
fn resizing_rewraps_and_keeps_the_section() {
    let mut app = app((80, 24));
    open(&mut app, 4);
    let heading = app.lesson_view().unwrap().rendered.headings[2].clone();
    if let Screen::Lesson(view) = &mut app.screen {
        view.scroll = heading.line;
    }
    update(&mut app, Message::Resize(120, 40));
    let view = app.lesson_view().unwrap();
    assert_eq!(view.width, 114);
    assert_eq!(
        view.scroll,
        view.rendered.headings[2]
            .line
            .min(view.max_scroll(app.size))
    );
    update(&mut app, Message::Resize(40, 10));
    assert!(screen(&app).contains("Fenêtre trop petite"));
}

#[test]
fn english_interface() {
    let mut app = app((80, 24));
    app.lang = Lang::En;
    let text = screen(&app);
    assert!(
        text.contains("Lessons") && text.contains("0/8 lessons read"),
        "{text}"
    );
    assert!(text.contains("Enter read"), "{text}");
    update(&mut app, Message::ToggleHelp);
    assert!(screen(&app).contains("this help"));
    assert_eq!(app.overlay, Some(Overlay::Help));
}
