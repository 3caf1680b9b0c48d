//! How a message changes the state. Pure: what must touch the outside
//! world (saving progress) is returned as an [`Effect`] for the run loop.

use super::editor::Edit;
use super::exercise::{ExerciseView, Focus, LearnerFile, Tab};
use super::exercise_view;
use super::message::Message;
use super::state::{App, ExerciseState, LessonView, Match, Overlay, Screen, text_height};
use crate::markdown::plain_text;

/// Work for the run loop after an update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Put this text on the system clipboard too, through the terminal
    /// (OSC 52), after a copy or a cut in the editor.
    Clipboard(String),
    SaveProgress,
    /// Write the exercise's text to its file.
    SaveFile,
    /// Write the file of the exercise just left (`App::leaving`).
    SaveLeaving,
    /// Open the exercise at this position in the list (reads its file).
    OpenExercise(usize),
    /// Hand the terminal to the learner's own editor.
    OwnEditor,
    /// Put the exercise's other file in the editor, read from disk.
    SwitchFile,
    /// Read the exercise's file again.
    ReadFile,
}

/// Applies `message` to `app`.
pub fn update(app: &mut App, message: Message) -> Vec<Effect> {
    if !matches!(
        message,
        Message::Resize(..) | Message::Grade | Message::FileChanged(_)
    ) {
        app.status = None;
    }
    if matches!(app.screen, Screen::Exercise(_)) && app.overlay.is_none() {
        return update_exercise(app, message);
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
                *view = LessonView::open(lesson, view.index, app.size, &theme, app.lang);
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
            (None, Screen::Home { .. } | Screen::Exercise(_)) => {}
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
            (Some(Overlay::Exercises { choices, selected }), Screen::Lesson(view)) => {
                let Some(&index) = choices.get(*selected) else {
                    return Vec::new();
                };
                app.lesson_left = Some(view.index);
                app.overlay = None;
                return vec![Effect::OpenExercise(index)];
            }
            (Some(Overlay::Contents { selected }), Screen::Lesson(view)) => {
                if let Some(heading) = view.rendered.headings.get(*selected) {
                    view.scroll = heading.line.min(view.max_scroll(size));
                }
                app.overlay = None;
                return mark_read_at_end(app);
            }
            (None, Screen::Home { selected }) => {
                let index = *selected;
                if let Some(exercise) = index.checked_sub(app.lessons.len()) {
                    app.lesson_left = None;
                    return vec![Effect::OpenExercise(exercise)];
                }
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
                if message == Message::NextLesson {
                    app.status = Some(
                        app.lang
                            .pick("C’était la dernière leçon.", "That was the last lesson.")
                            .to_string(),
                    );
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
        Message::LessonExercise => {
            if let Screen::Lesson(view) = &app.screen {
                let lesson = &app.lessons[view.index];
                let choices: Vec<usize> = lesson
                    .exercises
                    .iter()
                    .filter_map(|id| app.exercises.iter().position(|e| &e.id == id))
                    .collect();
                // The first one not passed yet, else the first.
                let first = choices
                    .iter()
                    .position(|&i| app.exercises[i].state != ExerciseState::Passed)
                    .unwrap_or(0);
                if choices.len() > 1 {
                    app.overlay = Some(Overlay::Exercises {
                        choices,
                        selected: first,
                    });
                    return Vec::new();
                }
                let index = choices.get(first).copied();
                match index {
                    Some(index) => {
                        app.lesson_left = Some(view.index);
                        return vec![Effect::OpenExercise(index)];
                    }
                    None => {
                        app.status = Some(
                            app.lang
                                .pick(
                                    "Pas d’exercice après cette leçon.",
                                    "No exercise after this lesson.",
                                )
                                .to_string(),
                        )
                    }
                }
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
            let elsewhere = match &app.screen {
                Screen::Lesson(view) => lessons_holding(app, &view.search.query, view.index).len(),
                _ => 0,
            };
            if let Screen::Lesson(view) = &mut app.screen {
                view.search.editing = false;
                view.search.elsewhere = elsewhere;
                find_matches(view);
                if view.search.matches.is_empty() && elsewhere > 0 {
                    return search_other_lesson(app, true);
                }
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
        Message::Edit(_)
        | Message::FocusEditor
        | Message::Explain
        | Message::Hint
        | Message::OwnEditor
        | Message::SwitchFile
        | Message::Regrade
        | Message::Save
        | Message::NextTab
        | Message::PreviousTab
        | Message::SelectTab(_)
        | Message::FocusPanel
        | Message::ShowSolution
        | Message::NextExercise
        | Message::Grade
        | Message::FileChanged(_) => {}
        Message::NextMatch | Message::PreviousMatch => {
            let forward = message == Message::NextMatch;
            if let Screen::Lesson(view) = &mut app.screen {
                let count = view.search.matches.len();
                let at_edge = match view.search.current {
                    None => count == 0,
                    Some(current) if forward => current + 1 == count,
                    Some(current) => current == 0,
                };
                if at_edge && view.search.elsewhere > 0 {
                    return search_other_lesson(app, forward);
                }
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

/// The lessons other than `except` whose text holds `query`, accents and
/// case aside, in order.
fn lessons_holding(app: &App, query: &str, except: usize) -> Vec<usize> {
    let query: String = query.chars().map(search_fold).collect();
    if query.is_empty() {
        return Vec::new();
    }
    app.lessons
        .iter()
        .enumerate()
        .filter(|(index, lesson)| {
            *index != except && {
                let text = format!(
                    "{}\n{}",
                    lesson.title,
                    lesson.markdown(crate::content::Reader::Tutorial, app.lang)
                );
                text.chars()
                    .map(search_fold)
                    .collect::<String>()
                    .contains(&query)
            }
        })
        .map(|(index, _)| index)
        .collect()
}

/// Carries the lesson's search on into the next lesson that holds it
/// (the previous one going backwards), at its first (last) match.
fn search_other_lesson(app: &mut App, forward: bool) -> Vec<Effect> {
    let Screen::Lesson(view) = &app.screen else {
        return Vec::new();
    };
    let (here, query) = (view.index, view.search.query.clone());
    let holding = lessons_holding(app, &query, here);
    let count = app.lessons.len();
    // Lessons in reading order from here, wrapping around.
    let order: Vec<usize> = (1..count)
        .map(|step| {
            if forward {
                (here + step) % count
            } else {
                (here + count - step) % count
            }
        })
        .filter(|index| holding.contains(index))
        .collect();
    for index in order {
        let mut effects = open_lesson(app, index);
        let size = app.size;
        let elsewhere = lessons_holding(app, &query, index).len();
        let Screen::Lesson(view) = &mut app.screen else {
            return effects;
        };
        view.search.query.clone_from(&query);
        view.search.elsewhere = elsewhere;
        find_matches(view);
        if view.search.matches.is_empty() {
            // The words are in the source, split by its markup on screen.
            continue;
        }
        view.search.current = Some(if forward {
            0
        } else {
            view.search.matches.len() - 1
        });
        reveal_current(view, size);
        let lang = app.lang;
        let title = &app.lessons[index].title;
        app.status = Some(lang.pick(
            format!(
                "Recherche poursuivie dans la leçon {}\u{a0}: {title}",
                index + 1
            ),
            format!("Search continued in lesson {}: {title}", index + 1),
        ));
        effects.extend(mark_read_at_end(app));
        return effects;
    }
    Vec::new()
}

fn open_lesson(app: &mut App, index: usize) -> Vec<Effect> {
    let Some(lesson) = app.lessons.get(index) else {
        return Vec::new();
    };
    app.screen = Screen::Lesson(LessonView::open(
        lesson, index, app.size, &app.theme, app.lang,
    ));
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
    let entries = app.home_entries();
    match (&mut app.overlay, &mut app.screen) {
        (Some(Overlay::Help), _) => {}
        (Some(Overlay::Exercises { choices, selected }), _) => {
            let last = choices.len().saturating_sub(1);
            *selected = match message {
                Message::Up | Message::Scroll(..=-1) => selected.saturating_sub(1),
                Message::Down | Message::Scroll(1..) => (*selected + 1).min(last),
                Message::Top => 0,
                Message::Bottom => last,
                _ => *selected,
            };
        }
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
        (_, Screen::Exercise(_)) => {}
        (_, Screen::Home { selected }) => {
            let last = entries.saturating_sub(1);
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

/// A character as search compares it: lower case, without its accent
/// (`É` and `é` are `e`: a French learner types « etape » for « étape »).
/// One character for one, so match positions stay those of the text.
fn search_fold(ch: char) -> char {
    let lower = ch.to_lowercase().next().unwrap_or(ch);
    match lower {
        'à' | 'â' | 'ä' | 'á' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'î' | 'ï' | 'í' => 'i',
        'ô' | 'ö' | 'ó' => 'o',
        'ù' | 'û' | 'ü' | 'ú' => 'u',
        'ç' => 'c',
        'ÿ' => 'y',
        // Typographic apostrophes and spaces match the keyboard's.
        '’' => '\'',
        '\u{a0}' | '\u{202f}' => ' ',
        other => other,
    }
}

/// Case- and accent-insensitive matches of the query in the rendered lines.
fn find_matches(view: &mut LessonView) {
    let lower = search_fold;
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

/// The exercise screen's messages. Grading happens here (it is pure);
/// writing files is left to the run loop.
fn update_exercise(app: &mut App, message: Message) -> Vec<Effect> {
    let size = app.size;
    let lang = app.lang;
    let Screen::Exercise(view) = &mut app.screen else {
        return Vec::new();
    };
    let solution_allowed = app.progress.has_passed(&view.exercise.id);
    if !matches!(
        message,
        Message::Hint | Message::Grade | Message::Resize(..) | Message::FileChanged(_)
    ) {
        view.hint_asked = false;
    }
    match message {
        Message::Quit => app.running = false,
        Message::ToggleHelp => app.overlay = Some(Overlay::Help),
        Message::Resize(columns, rows) => {
            let shown = exercise_view::areas(app.size).editor_text;
            app.size = (columns, rows);
            view.editor
                .fit(shown, exercise_view::areas(app.size).editor_text);
            view.lay_out(app.size);
            let tabs = view.tabs(columns, solution_allowed);
            if !tabs.contains(&view.tab) {
                view.tab = Tab::Results;
            }
        }
        Message::Edit(Edit::Copy) if view.editor.area.selection_range().is_none() => {
            // Ctrl-C is copy in the editor: a learner who meant « quit »
            // learns the key here.
            app.status = Some(
                lang.pick(
                    "Rien à copier\u{a0}: Maj+flèches sélectionne. Ctrl-Q quitte.",
                    "Nothing to copy: Shift+arrows select. Ctrl-Q quits.",
                )
                .to_string(),
            );
        }
        Message::Edit(edit) => {
            view.focus = Focus::Editor;
            let copies = matches!(edit, Edit::Copy | Edit::Cut);
            if view.edit(edit)
                && let Some(entry) = app.exercises.get_mut(view.index)
                && entry.state == ExerciseState::NotStarted
            {
                entry.state = ExerciseState::InProgress;
            }
            // (The yank buffer is read only after a copy: not per keystroke.)
            if copies {
                let copied = view.editor.area.yank_text();
                if !copied.is_empty() {
                    return vec![Effect::Clipboard(copied)];
                }
            }
        }
        Message::FocusEditor => view.focus = Focus::Editor,
        Message::FocusPanel => view.focus = Focus::Panel,
        Message::SelectTab(tab) => {
            view.tab = tab;
            view.panel_scroll = 0;
            view.focus = Focus::Panel;
        }
        Message::Back => match view.focus {
            Focus::Editor => view.focus = Focus::Panel,
            Focus::Panel => {
                let selected = app.lessons.len() + view.index;
                let mut effects = leave_exercise(app, Screen::Home { selected });
                // Back to the lesson it was opened from.
                if let Some(lesson) = app.lesson_left.take() {
                    effects.extend(open_lesson(app, lesson));
                }
                return effects;
            }
        },
        Message::Grade => return grade_now(app),
        Message::Regrade => {
            let Some(disk) = view.disk_conflict.take() else {
                return vec![Effect::SaveFile, Effect::ReadFile];
            };
            return take_disk_version(app, disk);
        }
        Message::FileChanged(text) if view.needs_saving() => {
            // The learner's typing is not saved yet: replacing it would
            // surprise them, saving over the change would lose someone
            // else's work. Both stay until the learner chooses.
            view.disk_conflict = Some(text);
            app.status = Some(
                lang.pick(
                    "Le fichier a changé sur le disque pendant que vous tapiez\u{a0}: Ctrl-S garde votre version (celle du disque est copiée à côté), F5 prend celle du disque.",
                    "The file changed on disk while you were typing: Ctrl-S keeps your version (the disk's is copied beside it), F5 takes the disk's.",
                )
                .to_string(),
            );
        }
        Message::FileChanged(text) => {
            let effects = take_disk_version(app, text);
            app.status = Some(
                lang.pick(
                    "Fichier modifié hors de l’éditeur intégré\u{a0}: rechargé et corrigé (Ctrl-Z annule).",
                    "File changed outside the built-in editor: reloaded and graded (Ctrl-Z undoes).",
                )
                .to_string(),
            );
            return effects;
        }
        Message::Save => {
            app.status = Some(lang.pick("Enregistré.", "Saved.").to_string());
            return vec![Effect::SaveFile];
        }
        Message::Explain if view.editing == LearnerFile::Dockerignore => {
            app.status = Some(
                lang.pick(
                    "F2 explique les lignes du Dockerfile\u{a0}: F9 y revient.",
                    "F2 explains the Dockerfile’s lines: F9 goes back to it.",
                )
                .to_string(),
            );
        }
        Message::Explain => view.explain_cursor_line(&app.lessons),
        Message::Hint if !view.hint_asked && view.hints_shown < view.exercise.hints.len() => {
            view.hint_asked = true;
            let next = view.hints_shown + 1;
            let total = view.exercise.hints.len();
            app.status = Some(lang.pick(
                format!("Indice {next}/{total}\u{a0}: F3 (ou i) encore pour l’afficher."),
                format!("Hint {next}/{total}: F3 (or i) again to show it."),
            ));
        }
        Message::Hint => {
            if view.reveal_hint() {
                let shown = u32::try_from(view.hints_shown).unwrap_or(u32::MAX);
                if shown > app.progress.hints_taken(&view.exercise.id) {
                    app.progress.set_hints_taken(&view.exercise.id, shown);
                    return vec![Effect::SaveProgress];
                }
            } else {
                app.status = Some(
                    lang.pick("Tous les indices sont affichés.", "Every hint is shown.")
                        .to_string(),
                );
            }
        }
        Message::OwnEditor => return vec![Effect::SaveFile, Effect::OwnEditor],
        Message::SwitchFile if view.other.is_some() => {
            return vec![Effect::SaveFile, Effect::SwitchFile];
        }
        Message::SwitchFile => {
            app.status = Some(
                lang.pick(
                    "Cet exercice n’a qu’un fichier, le Dockerfile.",
                    "This exercise has one file, the Dockerfile.",
                )
                .to_string(),
            );
        }
        Message::NextTab | Message::PreviousTab => {
            let tabs = view.tabs(size.0, solution_allowed);
            let current = tabs.iter().position(|&tab| tab == view.tab).unwrap_or(0);
            let next = match message {
                Message::NextTab => (current + 1) % tabs.len(),
                _ => (current + tabs.len() - 1) % tabs.len(),
            };
            view.tab = tabs[next];
            view.panel_scroll = 0;
        }
        Message::ShowSolution => {
            if solution_allowed {
                view.tab = Tab::Solution;
                view.panel_scroll = 0;
            } else {
                app.status = Some(
                    lang.pick(
                        "La solution s’affiche une fois l’exercice réussi (ou\u{a0}: multistage solution).",
                        "The solution is shown once the exercise is passed (or: multistage solution).",
                    )
                    .to_string(),
                );
            }
        }
        Message::NextExercise => {
            let next = view.index + 1;
            if next < app.exercises.len() {
                let selected = app.lessons.len() + next;
                let mut effects = leave_exercise(app, Screen::Home { selected });
                effects.push(Effect::OpenExercise(next));
                return effects;
            }
            app.status = Some(
                lang.pick(
                    "C’était le dernier exercice.",
                    "That was the last exercise.",
                )
                .to_string(),
            );
        }
        Message::Up
        | Message::Down
        | Message::PageUp
        | Message::PageDown
        | Message::Top
        | Message::Bottom
        | Message::Scroll(_) => {
            let page = i32::from(size.1.saturating_sub(8)).max(1);
            let delta = match message {
                Message::Up => -1,
                Message::Down => 1,
                Message::PageUp => -page,
                Message::PageDown => page,
                Message::Scroll(lines) => lines,
                _ => i32::MIN / 2,
            };
            let scroll = (i32::from(view.panel_scroll) + delta).clamp(0, i32::from(u16::MAX));
            view.panel_scroll = u16::try_from(scroll).unwrap_or(0);
        }
        _ => {}
    }
    Vec::new()
}

/// Leaves the exercise for `screen`, remembering where the cursor was; the
/// run loop saves the file.
fn leave_exercise(app: &mut App, screen: Screen) -> Vec<Effect> {
    let Screen::Exercise(view) = std::mem::replace(&mut app.screen, screen) else {
        return Vec::new();
    };
    app.progress
        .set_line(&view.exercise.id, view.dockerfile_row());
    app.leaving = Some(view);
    vec![Effect::SaveLeaving, Effect::SaveProgress]
}

/// Grades the exercise's text; a text that starts passing is celebrated
/// (the results shown), and a first pass recorded.
fn grade_now(app: &mut App) -> Vec<Effect> {
    let Screen::Exercise(view) = &mut app.screen else {
        return Vec::new();
    };
    let was_passing = view.grade.passed;
    if !view.regrade() {
        return Vec::new();
    }
    if !was_passing {
        view.tab = Tab::Results;
        view.panel_scroll = 0;
    }
    record_pass(app)
}

/// Records the pass of the exercise on screen, whose text passes.
fn record_pass(app: &mut App) -> Vec<Effect> {
    let Screen::Exercise(view) = &mut app.screen else {
        return Vec::new();
    };
    let id = view.exercise.id.clone();
    if let Some(entry) = app.exercises.get_mut(view.index) {
        entry.state = ExerciseState::Passed;
    }
    if app.progress.mark_passed(&id) {
        vec![Effect::SaveProgress, Effect::SaveFile]
    } else {
        Vec::new()
    }
}

/// Puts `view` on screen; a file that already passes is a pass.
pub fn show_exercise(app: &mut App, mut view: ExerciseView) -> Vec<Effect> {
    app.overlay = None;
    // A first visit opens on what to do, where the instructions share the
    // panel: nothing of this exercise remembered yet.
    let id = &view.exercise.id;
    let first_visit = app.progress.line(id).is_none()
        && app.progress.hints_taken(id) == 0
        && !app.progress.has_passed(id);
    if first_visit
        && !view.grade.passed
        && view.tabs(app.size.0, false).contains(&Tab::Instructions)
    {
        view.tab = Tab::Instructions;
    }
    let passed = view.grade.passed;
    app.screen = Screen::Exercise(Box::new(view));
    if passed { record_pass(app) } else { Vec::new() }
}

/// Puts what the file holds on disk in the editor, as one undoable edit,
/// and grades it.
fn take_disk_version(app: &mut App, text: String) -> Vec<Effect> {
    let Screen::Exercise(view) = &mut app.screen else {
        return Vec::new();
    };
    view.disk_conflict = None;
    view.editor.replace_text(&text);
    view.disk_text = text;
    // Nothing new to save: the editor holds what the file holds.
    view.saved_revision = view.editor.revision;
    grade_now(app)
}
