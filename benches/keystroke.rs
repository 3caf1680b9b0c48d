//! A keystroke in the exercise view, from the key to the redrawn frame:
//! the update (the edit, the colours of the changed lines) and the draw of
//! the whole screen on ratatui's test backend, with a 300-line Dockerfile,
//! in colour, at 80×24 and 140×40. Grading runs after a pause in the
//! typing, not per key; its cost on the same file is measured apart.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use multistage::content;
use multistage::exercise;
use multistage::i18n::Lang;
use multistage::progress::Progress;
use multistage::theme::{Background, ColorMode, Theme};
use multistage::tui::{App, Edit, ExerciseView, Message, show_exercise, update, view};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Exercise 01's solution followed by build steps, 300 lines in all.
fn three_hundred_lines() -> String {
    let exercise = &exercise::all().expect("exercises")[0];
    let mut text = exercise.solution.clone();
    let mut step = 0;
    while text.lines().count() < 299 {
        step += 1;
        text.push_str(&format!(
            "RUN echo \"step {step}\" \\\n    && ls -la /app > /dev/null\n"
        ));
    }
    text.push_str("USER node\n");
    text
}

fn app(size: (u16, u16), text: &str) -> App {
    let theme = Theme::new(ColorMode::TrueColor, Background::Dark);
    let mut app = App::new(
        Lang::Fr,
        theme,
        content::lessons().expect("lessons"),
        Progress::default(),
        size,
    );
    let exercise = exercise::all().expect("exercises").remove(0);
    let view = ExerciseView::open(
        exercise,
        0,
        "/nonexistent/Dockerfile".into(),
        text.to_string(),
        None,
        150,
        0,
        (Lang::Fr, theme),
        size,
    );
    show_exercise(&mut app, view);
    app
}

fn key(code: KeyCode) -> Message {
    Message::Edit(Edit::Input(KeyEvent::new(code, KeyModifiers::NONE).into()))
}

fn keystroke(c: &mut Criterion) {
    let text = three_hundred_lines();
    let mut group = c.benchmark_group("keystroke-to-frame-300-lines");
    for size in [(80u16, 24u16), (140, 40)] {
        let mut app = app(size, &text);
        let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).expect("terminal");
        terminal.draw(|frame| view(&app, frame)).expect("draw");
        let mut typed = false;
        group.bench_function(format!("{}x{}", size.0, size.1), |b| {
            b.iter(|| {
                // Type a letter, then erase it: the file stays 300 lines.
                let message = if typed {
                    key(KeyCode::Backspace)
                } else {
                    key(KeyCode::Char('x'))
                };
                typed = !typed;
                black_box(update(&mut app, message));
                terminal.draw(|frame| view(&app, frame)).expect("draw");
            })
        });
    }
    group.finish();

    let mut app = app((140, 40), &text);
    c.bench_function("grade-after-pause-300-lines", |b| {
        b.iter(|| {
            update(&mut app, key(KeyCode::Char('x')));
            black_box(update(&mut app, Message::Grade));
        })
    });
}

criterion_group!(benches, keystroke);
criterion_main!(benches);
