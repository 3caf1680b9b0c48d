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

/// The tutorial as the learner first sees it: every lesson and exercise, nothing done.
fn app(size: (u16, u16)) -> App {
    let mut app = App::new(
        Lang::Fr,
        Theme::plain(),
        content::lessons().expect("lessons"),
        Progress::default(),
        size,
    );
    let mut exercises = crate::exercise::all().unwrap();
    crate::exercise::sort_in_lesson_order(&mut exercises, &app.lessons);
    app.exercises = exercises
        .iter()
        .map(|exercise| super::state::ExerciseEntry {
            id: exercise.id.clone(),
            title: exercise.title(Lang::Fr).to_string(),
            lesson: exercise.lesson.clone(),
            state: super::state::ExerciseState::NotStarted,
        })
        .collect();
    app
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
    update(&mut app, Message::NextMatch);
    update(&mut app, Message::PreviousMatch);
    let Screen::Lesson(view) = &app.screen else {
        panic!()
    };
    assert_eq!(view.search.current, Some(0));
    // Before the first match, N goes back to the lessons before this one.
    update(&mut app, Message::PreviousMatch);
    let Screen::Lesson(view) = &app.screen else {
        panic!()
    };
    assert!(view.index < 6, "{}", view.index);
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
        text.contains("Lessons") && text.contains("0/8 lessons read · 0/17 exercises passed"),
        "{text}"
    );
    assert!(text.contains("Enter open"), "{text}");
    update(&mut app, Message::ToggleHelp);
    assert!(screen(&app).contains("this help"));
    assert_eq!(app.overlay, Some(Overlay::Help));
}

/// Exercise `index` opened on `text`, as the run loop opens it, by a
/// learner coming back to it (a first visit opens on the instructions).
fn exercise_app(size: (u16, u16), index: usize, text: &str) -> (App, Vec<Effect>) {
    let mut app = app(size);
    let exercise = crate::exercise::all().unwrap().remove(index);
    app.progress.set_line(&exercise.id, 0);
    let other = exercise
        .dockerignore
        .as_ref()
        .map(|files| super::exercise::OtherFile {
            path: std::path::PathBuf::from("/nonexistent/.dockerignore"),
            text: files.start.clone(),
            row: 0,
        });
    let view = super::exercise::ExerciseView::open(
        exercise,
        index,
        std::path::PathBuf::from("/nonexistent/Dockerfile"),
        text.to_string(),
        other,
        0,
        0,
        (Lang::Fr, Theme::plain()),
        size,
    );
    let effects = super::update::show_exercise(&mut app, view);
    (app, effects)
}

fn exercise_view(app: &App) -> &super::exercise::ExerciseView {
    app.exercise_view().expect("an exercise on screen")
}

/// A Dockerfile for exercise 01 with a lint on line 1 and an error on line 3.
const FAILING_01: &str = "from node:22 AS builder\nWORKDIR /app\nCOPY --from=nowhere /app/dist ./dist\nCMD [\"node\", \"dist/index.js\"]\n";

#[test]
fn exercise_view_at_both_sizes() {
    let start = crate::exercise::all().unwrap()[0].start.clone();
    let solution = crate::exercise::all().unwrap()[0].solution.clone();
    for size in [(80, 24), (140, 40)] {
        let name = |state: &str| format!("exercise_{state}_{}x{}", size.0, size.1);
        let (app, effects) = exercise_app(size, 0, &start);
        assert!(effects.is_empty());
        let screen_text = screen(&app);
        assert!(
            screen_text.contains("vérifications réussies"),
            "{screen_text}"
        );
        insta::assert_snapshot!(name("start"), screen_text);

        let (app, _) = exercise_app(size, 0, FAILING_01);
        let screen_text = screen(&app);
        // The marks: ✗ for the error's line, ▲ for the warning's.
        assert!(
            screen_text.contains("✗   3 COPY --from=nowhere"),
            "{screen_text}"
        );
        assert!(screen_text.contains("▲   1 from node:22"), "{screen_text}");
        insta::assert_snapshot!(name("failing"), screen_text);

        let (app, effects) = exercise_app(size, 0, &solution);
        assert_eq!(effects, vec![Effect::SaveProgress, Effect::SaveFile]);
        let screen_text = screen(&app);
        assert!(screen_text.contains("★ Exercice réussi"), "{screen_text}");
        assert!(app.progress.has_passed("01-premier-multi-stage"));
        insta::assert_snapshot!(name("passed"), screen_text);
    }
}

#[test]
fn the_cursor_line_shows_its_diagnostic() {
    let (mut app, _) = exercise_app((80, 24), 0, FAILING_01);
    for _ in 0..2 {
        update(&mut app, Message::Edit(key_edit(KeyCode::Down)));
    }
    let screen_text = screen(&app);
    let message = &exercise_view(&app)
        .grade
        .diagnostics
        .iter()
        .find(|d| d.line == 3)
        .unwrap()
        .message
        .fr;
    let start: String = message.chars().take(20).collect();
    assert!(screen_text.contains(&start), "{start:?} in\n{screen_text}");
}

fn key_edit(code: KeyCode) -> super::editor::Edit {
    super::editor::Edit::Input(KeyEvent::new(code, KeyModifiers::NONE).into())
}

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

#[test]
fn typing_grades_after_the_pause_and_a_pass_is_recorded() {
    let start = crate::exercise::all().unwrap()[0].start.clone();
    let solution = crate::exercise::all().unwrap()[0].solution.clone();
    let (mut app, _) = exercise_app((80, 24), 0, &start);
    update(&mut app, Message::Edit(super::editor::Edit::SelectAll));
    update(
        &mut app,
        Message::Edit(super::editor::Edit::Insert(solution.clone())),
    );
    let view = exercise_view(&app);
    assert!(view.needs_grading() && view.needs_saving());
    assert!(!view.grade.passed, "not graded before the pause");
    assert_eq!(
        app.exercises[0].state,
        super::state::ExerciseState::InProgress
    );
    let effects = update(&mut app, Message::Grade);
    assert_eq!(effects, vec![Effect::SaveProgress, Effect::SaveFile]);
    assert!(exercise_view(&app).grade.passed);
    assert_eq!(app.exercises[0].state, super::state::ExerciseState::Passed);
    // Undo brings the start back, and its grade after the next pause.
    update(&mut app, Message::Edit(super::editor::Edit::Undo));
    update(&mut app, Message::Grade);
    assert!(!exercise_view(&app).grade.passed);
    assert!(
        app.progress.has_passed("01-premier-multi-stage"),
        "a pass stays"
    );
}

#[test]
fn tabs_explain_hints_and_solution() {
    let (mut app, _) = exercise_app((140, 40), 0, FAILING_01);
    // The solution is refused before a pass.
    update(&mut app, Message::ShowSolution);
    assert!(
        app.status
            .as_deref()
            .unwrap()
            .contains("une fois l’exercice réussi")
    );
    assert_eq!(exercise_view(&app).tab, super::exercise::Tab::Results);
    // Explain line 3: COPY --from, and its diagnostic.
    for _ in 0..2 {
        update(&mut app, Message::Edit(key_edit(KeyCode::Down)));
    }
    update(&mut app, Message::Explain);
    let screen_text = screen(&app);
    assert!(
        screen_text.contains("Ligne 3 · `COPY --from`"),
        "{screen_text}"
    );
    assert!(screen_text.contains("Les chemins de COPY"), "{screen_text}");
    insta::assert_snapshot!("exercise_explain_140x40", screen_text);
    // Stages: the graph, its target marked.
    update(&mut app, Message::NextTab);
    let tabs = exercise_view(&app).tabs(140, false);
    assert_eq!(tabs.len(), 5, "{tabs:?}");
    while exercise_view(&app).tab != super::exercise::Tab::Stages {
        update(&mut app, Message::NextTab);
    }
    let screen_text = screen(&app);
    assert!(screen_text.contains("★ cible"), "{screen_text}");
    insta::assert_snapshot!("exercise_stages_140x40", screen_text);
    // Hints, one at a time, remembered in the progress: the first press
    // asks, the second shows, and any other key in between forgets it.
    assert_eq!(update(&mut app, Message::Hint), vec![]);
    assert!(
        screen(&app).contains("Indice 1/"),
        "the footer says which hint"
    );
    update(&mut app, Message::Down);
    assert_eq!(update(&mut app, Message::Hint), vec![], "asked again");
    let effects = update(&mut app, Message::Hint);
    assert_eq!(effects, vec![Effect::SaveProgress]);
    assert_eq!(app.progress.hints_taken("01-premier-multi-stage"), 1);
    assert_eq!(
        exercise_view(&app).panel_scroll,
        0,
        "the new hint is in view"
    );
    assert!(screen(&app).contains("Indice 1/"));
    // Esc leaves the editor, then the exercise, and the file is to be saved.
    update(&mut app, Message::Back);
    assert_eq!(exercise_view(&app).focus, super::exercise::Focus::Panel);
    let effects = update(&mut app, Message::Back);
    assert_eq!(effects, vec![Effect::SaveLeaving, Effect::SaveProgress]);
    assert!(matches!(app.screen, Screen::Home { .. }));
    assert_eq!(app.progress.line("01-premier-multi-stage"), Some(2));
    assert!(app.leaving.is_some());
}

#[test]
fn the_solution_beside_the_file_once_passed() {
    let solution = crate::exercise::all().unwrap()[0].solution.clone();
    let (mut app, _) = exercise_app((80, 24), 0, &solution);
    update(&mut app, Message::ShowSolution);
    let screen_text = screen(&app);
    assert!(
        screen_text.contains("Une solution possible"),
        "{screen_text}"
    );
    insta::assert_snapshot!("exercise_solution_80x24", screen_text);
    // And the next exercise is offered.
    let effects = update(&mut app, Message::NextExercise);
    assert_eq!(
        effects,
        vec![
            Effect::SaveLeaving,
            Effect::SaveProgress,
            Effect::OpenExercise(1)
        ]
    );
}

#[test]
fn home_lists_the_exercises_with_their_state() {
    let mut app = app((80, 24));
    app.exercises[0].state = super::state::ExerciseState::Passed;
    app.exercises[1].state = super::state::ExerciseState::InProgress;
    app.screen = Screen::Home { selected: 9 };
    let screen_text = screen(&app);
    assert!(
        screen_text.contains("◐ 03. Une image de runtime légère"),
        "{screen_text}"
    );
    assert!(
        screen_text.contains("1/17 exercices réussis"),
        "{screen_text}"
    );
    insta::assert_snapshot!("home_exercises_80x24", screen_text);
    assert_eq!(
        update(&mut app, Message::Open),
        vec![Effect::OpenExercise(1)]
    );
}

#[test]
fn a_lesson_leads_to_its_exercise() {
    let mut app = app((80, 24));
    open(&mut app, 2);
    assert_eq!(
        update(&mut app, Message::LessonExercise),
        vec![Effect::OpenExercise(0)]
    );
}

#[test]
fn clicks_choose_a_tab_and_place_the_cursor() {
    use ratatui::crossterm::event::{Event, MouseButton, MouseEvent, MouseEventKind};
    let (mut app, _) = exercise_app((140, 40), 0, FAILING_01);
    screen(&app);
    let click = |column, row| {
        Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column,
            row,
            modifiers: KeyModifiers::NONE,
        })
    };
    // The panel's tab bar, as drawn: where « Stages » is.
    let areas = super::exercise_view::areas(app.size);
    let drawn = screen(&app);
    let bar = drawn.lines().nth(usize::from(areas.tabs.y)).unwrap();
    let stages_column = u16::try_from(
        bar.chars()
            .collect::<Vec<_>>()
            .windows(6)
            .position(|word| word.iter().collect::<String>() == "Stages")
            .unwrap(),
    )
    .unwrap();
    let message = super::message::message_for(&app, &click(stages_column, areas.tabs.y));
    assert_eq!(
        message,
        Some(Message::SelectTab(super::exercise::Tab::Stages))
    );
    update(&mut app, message.unwrap());
    assert_eq!(exercise_view(&app).tab, super::exercise::Tab::Stages);
    // A click on line 3's text, once the editor has been drawn.
    let mut terminal = Terminal::new(TestBackend::new(140, 40)).unwrap();
    terminal.draw(|frame| view(&app, frame)).unwrap();
    let line_3 = click(areas.editor_text.x + 8, areas.editor_text.y + 2);
    let message = super::message::message_for(&app, &line_3).unwrap();
    update(&mut app, message);
    assert_eq!(exercise_view(&app).editor.cursor(), (2, 8));
    assert_eq!(exercise_view(&app).focus, super::exercise::Focus::Editor);
}

#[test]
fn the_exercise_view_in_english() {
    let solution = crate::exercise::all().unwrap()[0].solution.clone();
    let (mut app, _) = exercise_app((80, 24), 0, &solution);
    app.lang = Lang::En;
    let screen_text = screen(&app);
    assert!(screen_text.contains("★ Exercise passed!"), "{screen_text}");
    assert!(
        screen_text.contains("Esc leave the editor"),
        "{screen_text}"
    );
}

#[test]
fn a_copy_goes_to_the_clipboard_too() {
    let (mut app, _) = exercise_app((80, 24), 0, "FROM alpine\nRUN true\n");
    update(&mut app, Message::Edit(super::editor::Edit::SelectAll));
    let effects = update(&mut app, Message::Edit(super::editor::Edit::Copy));
    assert_eq!(
        effects,
        vec![Effect::Clipboard("FROM alpine\nRUN true\n".into())]
    );
    // Moving the cursor copies nothing.
    let effects = update(&mut app, Message::Edit(key_edit(KeyCode::Up)));
    assert!(effects.is_empty());
}

/// Exercise 17 is graded on two files: F9 puts the `.dockerignore` in the
/// editor (after saving the Dockerfile), and what is typed there is graded
/// with the Dockerfile set aside.
#[test]
fn the_dockerignore_is_edited_beside_the_dockerfile() {
    let index = crate::exercise::all()
        .unwrap()
        .iter()
        .position(|exercise| exercise.id == "17-contexte-de-build")
        .unwrap();
    let start = crate::exercise::all().unwrap()[index].start.clone();
    let (mut app, _) = exercise_app((100, 30), index, &start);
    assert!(
        screen(&app).contains("17 · Dockerfile F9 → .dockerignore"),
        "{}",
        screen(&app)
    );
    assert!(!exercise_view(&app).grade.passed);
    let effects = update(&mut app, Message::SwitchFile);
    assert_eq!(effects, vec![Effect::SaveFile, Effect::SwitchFile]);
    let Screen::Exercise(view) = &mut app.screen else {
        panic!("an exercise on screen")
    };
    let on_disk = view.other.as_ref().unwrap().text.clone();
    view.switch_file(on_disk);
    for ch in "node_modules\n.git\n.env*\ndist\ncoverage\n".chars() {
        let key = if ch == '\n' {
            KeyCode::Enter
        } else {
            KeyCode::Char(ch)
        };
        update(&mut app, Message::Edit(key_edit(key)));
    }
    update(&mut app, Message::Grade);
    let view = exercise_view(&app);
    assert_eq!(view.editing, super::exercise::LearnerFile::Dockerignore);
    assert!(view.grade.passed, "{:?}", view.grade.checks);
    insta::assert_snapshot!("exercise_17_dockerignore_100x30", screen(&app));
    // Back to the Dockerfile: the typed patterns are what it is graded with.
    let Screen::Exercise(view) = &mut app.screen else {
        panic!("an exercise on screen")
    };
    view.saved_revision = view.editor.revision;
    view.switch_file(start.clone());
    view.regrade();
    assert_eq!(view.editing, super::exercise::LearnerFile::Dockerfile);
    assert!(view.grade.passed);
    assert!(view.texts().1.unwrap().contains(".env*"));
}

/// The review's H1: the most common mistake (`COPY --from=builder dist`)
/// must be explained on screen as `check` explains it: a mark on line 8,
/// the reason under the failing build check, the note in the list, and
/// the final image's contents in their own tab.
#[test]
fn the_exercise_screen_tells_what_check_tells() {
    const RELATIVE_FROM: &str = "FROM node:22 AS builder\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\nFROM node:22-slim\nCOPY --from=builder dist ./dist\nCMD [\"node\", \"dist/index.js\"]\n";
    let (mut app, _) = exercise_app((120, 40), 0, RELATIVE_FROM);
    let view = exercise_view(&app);
    assert_eq!(
        view.editor.mark(7),
        Some(crate::lint::Severity::Error),
        "a mark on line 8"
    );
    let text = screen(&app);
    assert!(
        text.contains("→ ligne 8"),
        "the build check's detail:\n{text}"
    );
    assert!(text.contains("✗   8 COPY --from=builder dist"), "{text}");
    insta::assert_snapshot!("exercise_h1_results_120x40", text);
    // Further down the panel, the notes of the simulated build.
    update(&mut app, Message::FocusPanel);
    update(&mut app, Message::PageDown);
    let text = screen(&app);
    assert!(text.contains("Le correcteur signale"), "{text}");
    assert!(text.contains("L8 ·"), "{text}");
    update(&mut app, Message::SelectTab(super::exercise::Tab::Image));
    let text = screen(&app);
    assert!(text.contains("Image finale"), "{text}");
    insta::assert_snapshot!("exercise_h1_image_120x40", text);
}

/// The review's M4: behind the « too small » screen, typed keys never
/// reach the hidden file, and `q` quits as the screen says.
#[test]
fn keys_typed_behind_the_too_small_screen_go_nowhere() {
    let start = crate::exercise::all().unwrap()[0].start.clone();
    let (mut app, _) = exercise_app((100, 30), 0, &start);
    update(&mut app, Message::Resize(40, 10));
    for ch in ['a', 'b', 'c'] {
        let event = Event::Key(KeyEvent::new(KeyCode::Char(ch), KeyModifiers::NONE));
        assert_eq!(super::message::message_for(&app, &event), None);
    }
    let q = Event::Key(KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE));
    assert_eq!(super::message::message_for(&app, &q), Some(Message::Quit));
    update(&mut app, Message::Resize(100, 30));
    assert_eq!(exercise_view(&app).editor.text(), start);
}

/// → on the last lesson says so, and a lesson without exercises does not
/// offer `x` in its footer (review L12).
#[test]
fn the_last_lesson_says_so_and_x_is_offered_only_with_exercises() {
    let mut app = app((100, 30));
    let last = app.lessons.len() - 1;
    let effects = update(&mut app, Message::Open);
    assert!(matches!(app.screen, Screen::Lesson(_)), "{effects:?}");
    assert!(
        !screen(&app).contains("x exercice"),
        "the introduction has no exercise"
    );
    for _ in 0..last {
        update(&mut app, Message::NextLesson);
    }
    update(&mut app, Message::NextLesson);
    assert!(
        screen(&app).contains("C’était la dernière leçon."),
        "{}",
        screen(&app)
    );
}

/// The review: a first visit opens on the instructions where they share the
/// panel; F1 says which keys work where and what the margin's marks mean.
#[test]
fn a_first_visit_opens_on_the_instructions_and_help_explains_the_margin() {
    let start = crate::exercise::all().unwrap()[0].start.clone();
    let open = |app: &mut App, row: usize| {
        let exercise = crate::exercise::all().unwrap().remove(0);
        let view = super::exercise::ExerciseView::open(
            exercise,
            0,
            std::path::PathBuf::from("/nonexistent/Dockerfile"),
            start.clone(),
            None,
            row,
            0,
            (Lang::Fr, Theme::plain()),
            (100, 30),
        );
        super::update::show_exercise(app, view);
    };
    let mut app = self::app((100, 30));
    open(&mut app, 0);
    assert_eq!(exercise_view(&app).tab, super::exercise::Tab::Instructions);
    update(&mut app, Message::ToggleHelp);
    let text = screen(&app);
    assert!(text.contains("✗ erreur ou échec du build"), "{text}");
    assert!(text.contains("hors de l’éditeur, après Échap"), "{text}");
    // Back later (a line remembered): the results, as before.
    let mut app = self::app((100, 30));
    app.progress.set_line("01-premier-multi-stage", 3);
    open(&mut app, 3);
    assert_eq!(exercise_view(&app).tab, super::exercise::Tab::Results);
}

/// Esc from an exercise opened with `x` goes back to its lesson; from the
/// home screen, back home (review).
#[test]
fn esc_from_an_exercise_returns_where_it_was_opened() {
    let mut app = app((100, 30));
    let bonus = app
        .lessons
        .iter()
        .position(|lesson| lesson.slug == "bonus-nommez-vos-stages")
        .unwrap();
    app.screen = Screen::Home { selected: bonus };
    update(&mut app, Message::Open);
    // The bonus lesson has several exercises: x offers the choice.
    assert_eq!(update(&mut app, Message::LessonExercise), vec![]);
    let text = screen(&app);
    assert!(text.contains("Exercices de la leçon"), "{text}");
    assert!(text.contains("10. Déboguer avec --target"), "{text}");
    update(&mut app, Message::Down);
    let chosen = match &app.overlay {
        Some(super::state::Overlay::Exercises { choices, selected }) => choices[*selected],
        other => panic!("{:?}", other.is_some()),
    };
    let effects = update(&mut app, Message::Open);
    let Some(Effect::OpenExercise(index)) = effects.first().cloned() else {
        panic!("{effects:?}")
    };
    assert_eq!(index, chosen, "the one chosen opens");
    let exercise = crate::exercise::all()
        .unwrap()
        .into_iter()
        .find(|e| e.id == app.exercises[index].id)
        .unwrap();
    let start = exercise.start.clone();
    let view = super::exercise::ExerciseView::open(
        exercise,
        index,
        std::path::PathBuf::from("/nonexistent/Dockerfile"),
        start,
        None,
        0,
        0,
        (Lang::Fr, Theme::plain()),
        (100, 30),
    );
    super::update::show_exercise(&mut app, view);
    update(&mut app, Message::Back);
    update(&mut app, Message::Back);
    let Screen::Lesson(view) = &app.screen else {
        panic!("back in the lesson")
    };
    assert_eq!(view.index, bonus);
}

/// Search ignores case and accents: « etape » finds « étape » (review).
#[test]
fn search_ignores_case_and_accents() {
    let mut app = app((100, 30));
    update(&mut app, Message::Open);
    update(&mut app, Message::SearchStart);
    for ch in "etape".chars() {
        update(&mut app, Message::SearchType(ch));
    }
    update(&mut app, Message::SearchSubmit);
    let Screen::Lesson(view) = &app.screen else {
        panic!("a lesson")
    };
    assert!(
        !view.search.matches.is_empty(),
        "« étape » found from « etape »"
    );
}

/// The Stages tab says what crosses between stages, as `multistage graph`
/// does, where the drawing does not fit (review L13).
#[test]
fn the_stages_tab_names_what_each_copy_takes() {
    let solution = crate::exercise::all().unwrap()[0].solution.clone();
    let (mut app, _) = exercise_app((80, 24), 0, &solution);
    update(&mut app, Message::SelectTab(super::exercise::Tab::Stages));
    let text = screen(&app);
    assert!(text.contains("◀ COPY --from=builder /app/dist"), "{text}");
    assert!(
        text.contains("  FROM node:22-slim"),
        "the list, not the drawing: {text}"
    );
}

/// The review's L5: scrolled down in a small window, then made taller, the
/// editor shows the file from its first line instead of blank rows below;
/// scrolled sideways, it comes back to the first column once the line fits.
#[test]
fn a_resize_never_leaves_the_editor_scrolled_past_its_text() {
    let mut text: String = (1..=20).map(|n| format!("RUN echo {n}\n")).collect();
    text.push_str(&format!("# {}\n", "x".repeat(120)));
    let (mut app, _) = exercise_app((100, 15), 0, &text);
    update(&mut app, Message::Edit(super::editor::Edit::Bottom));
    let small = screen(&app);
    assert!(!small.contains("   1 RUN echo 1\n"), "{small}");
    update(&mut app, Message::Resize(100, 40));
    let tall = screen(&app);
    assert!(tall.contains("   1 RUN echo 1 "), "{tall}");
    // Far right on the long comment, then back to a short line.
    update(&mut app, Message::Edit(super::editor::Edit::Top));
    for _ in 0..20 {
        update(&mut app, Message::Edit(key_input(KeyCode::Down)));
    }
    update(&mut app, Message::Edit(key_input(KeyCode::End)));
    let right = screen(&app);
    assert!(!right.contains("# xxx"), "scrolled sideways\n{right}");
    update(&mut app, Message::Edit(key_input(KeyCode::Up)));
    let stale = screen(&app);
    assert!(!stale.contains("  20 RUN echo 20"), "{stale}");
    update(&mut app, Message::Resize(140, 40));
    let wide = screen(&app);
    assert!(wide.contains("  20 RUN echo 20"), "{wide}");
}

fn key_input(code: KeyCode) -> super::editor::Edit {
    super::editor::Edit::Input(KeyEvent::new(code, KeyModifiers::NONE).into())
}

/// The review: a letter means one thing on every screen, and copy is
/// Ctrl-C in the editor (Alt-C types « ç » on a Mac), quitting Ctrl-Q.
#[test]
fn keys_mean_one_thing_and_ctrl_c_copies_in_the_editor() {
    use super::message::message_for;
    let press = |code, modifiers| Event::Key(KeyEvent::new(code, modifiers));
    let plain = |ch| press(KeyCode::Char(ch), KeyModifiers::NONE);
    let start = crate::exercise::all().unwrap()[0].start.clone();
    let (mut app, _) = exercise_app((100, 30), 0, &start);
    update(&mut app, Message::FocusPanel);
    assert_eq!(message_for(&app, &plain('h')), Some(Message::PreviousTab));
    assert_eq!(message_for(&app, &plain('l')), Some(Message::NextTab));
    assert_eq!(message_for(&app, &plain('i')), Some(Message::Hint));
    assert_eq!(message_for(&app, &plain('x')), Some(Message::NextExercise));
    assert_eq!(message_for(&app, &plain('n')), None);
    let ctrl_c = press(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(message_for(&app, &ctrl_c), Some(Message::Quit));
    update(&mut app, Message::FocusEditor);
    let copy = Some(Message::Edit(super::editor::Edit::Copy));
    assert_eq!(message_for(&app, &ctrl_c), copy);
    let ctrl_shift_c = press(
        KeyCode::Char('C'),
        KeyModifiers::CONTROL | KeyModifiers::SHIFT,
    );
    assert_eq!(message_for(&app, &ctrl_shift_c), copy);
    let ctrl_q = press(KeyCode::Char('q'), KeyModifiers::CONTROL);
    assert_eq!(message_for(&app, &ctrl_q), Some(Message::Quit));
    update(&mut app, Message::Edit(super::editor::Edit::Copy));
    assert!(screen(&app).contains("Rien à copier"), "{}", screen(&app));

    let mut app = self::app((100, 30));
    open(&mut app, 1);
    assert_eq!(
        message_for(&app, &plain('h')),
        Some(Message::PreviousLesson)
    );
    assert_eq!(message_for(&app, &plain('l')), Some(Message::NextLesson));
    assert_eq!(message_for(&app, &plain('n')), Some(Message::NextMatch));
    assert_eq!(
        message_for(&app, &plain('x')),
        Some(Message::LessonExercise)
    );
}

/// The review's L15 at the level of messages: the disk's text waits while
/// the learner's typing is unsaved; F5 takes it, as one undoable edit.
#[test]
fn a_change_on_disk_during_typing_waits_for_the_learner() {
    let start = crate::exercise::all().unwrap()[0].start.clone();
    let (mut app, _) = exercise_app((100, 30), 0, &start);
    update(&mut app, Message::FocusEditor);
    update(&mut app, Message::Edit(key_input(KeyCode::Char('#'))));
    update(&mut app, Message::FileChanged("FROM disk\n".into()));
    let view = exercise_view(&app);
    assert!(view.editor.text().starts_with('#'), "the typing stays");
    assert!(!view.save_due(), "no autosave over the disk's change");
    assert!(screen(&app).contains("changé sur le disque"));
    update(&mut app, Message::Regrade);
    assert_eq!(exercise_view(&app).editor.text(), "FROM disk\n");
    assert!(!exercise_view(&app).needs_saving());
    update(&mut app, Message::Edit(super::editor::Edit::Undo));
    assert!(exercise_view(&app).editor.text().starts_with('#'));
}

/// The review: search can go through all the lessons. A query the lesson
/// lacks jumps to the next lesson that has it; `n` past the last match
/// goes on to the next such lesson, `N` before the first goes back.
#[test]
fn a_search_goes_on_into_the_other_lessons() {
    let mut app = app((100, 30));
    open(&mut app, 0);
    update(&mut app, Message::SearchStart);
    for ch in "DISTROLESS".chars() {
        update(&mut app, Message::SearchType(ch));
    }
    update(&mut app, Message::SearchSubmit);
    let lesson = |app: &App| app.lesson_view().map(|view| view.index);
    assert_eq!(lesson(&app), Some(1), "the introduction lacks the word");
    let text = screen(&app);
    assert!(
        text.contains("Recherche poursuivie dans la leçon 2"),
        "{text}"
    );
    let view = app.lesson_view().unwrap();
    assert_eq!(view.search.current, Some(0));
    let count = view.search.matches.len();
    assert!(view.search.elsewhere >= 4, "{}", view.search.elsewhere);
    for _ in 1..count {
        update(&mut app, Message::NextMatch);
    }
    assert_eq!(lesson(&app), Some(1));
    update(&mut app, Message::Down);
    assert!(screen(&app).contains("autres leçons)"), "{}", screen(&app));
    update(&mut app, Message::NextMatch);
    assert_eq!(lesson(&app), Some(3), "lesson 3 is skipped: no such word");
    update(&mut app, Message::PreviousMatch);
    assert_eq!(lesson(&app), Some(1));
    let view = app.lesson_view().unwrap();
    assert_eq!(
        view.search.current,
        Some(count - 1),
        "back at its last match"
    );
}

/// The review: the "read" rule was invisible. The home list says what ✓
/// means, and a lesson's frame says it becomes read at its end, then that it is.
#[test]
fn the_read_rule_is_on_screen() {
    let mut app = app((100, 30));
    assert!(screen(&app).contains("✓ lue jusqu’au bout"));
    open(&mut app, 1);
    assert!(screen(&app).contains("○ à lire jusqu’en bas"));
    update(&mut app, Message::Bottom);
    let text = screen(&app);
    assert!(text.contains("✓ lue "), "{text}");
    assert!(!text.contains("à lire jusqu’en bas"), "{text}");
}
