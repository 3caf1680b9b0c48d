//! The TUI's model: everything the screen shows, and nothing else. The
//! update function changes it, the view draws it; neither does any I/O.

use super::exercise::ExerciseView;
use crate::content::{Lesson, Reader};
use crate::i18n::Lang;
use crate::markdown::{self, Rendered};
use crate::progress::Progress;
use crate::theme::Theme;

/// The smallest terminal the TUI draws in.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 15;

/// The whole application state.
pub struct App {
    pub lang: Lang,
    pub theme: Theme,
    pub lessons: Vec<Lesson>,
    /// The exercises, after the lessons on the home screen.
    pub exercises: Vec<ExerciseEntry>,
    pub progress: Progress,
    pub screen: Screen,
    /// An exercise just left, whose file the run loop still has to save.
    pub leaving: Option<Box<ExerciseView>>,
    pub overlay: Option<Overlay>,
    /// Terminal size, columns × rows.
    pub size: (u16, u16),
    /// A message for the footer until the next key (a warning, a failed save).
    pub status: Option<String>,
    pub running: bool,
    /// The lesson the exercise on screen was opened from (`x`): Esc goes
    /// back there rather than to the home screen.
    pub lesson_left: Option<usize>,
}

pub enum Screen {
    /// `selected` counts the lessons, then the exercises.
    Home {
        selected: usize,
    },
    Lesson(LessonView),
    Exercise(Box<ExerciseView>),
}

/// An exercise as the home screen lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExerciseEntry {
    pub id: String,
    pub title: String,
    /// Slug of the lesson it follows.
    pub lesson: String,
    pub state: ExerciseState,
}

/// How far the learner is in an exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExerciseState {
    NotStarted,
    /// The file differs from the starting one.
    InProgress,
    Passed,
}

/// A window over the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    Help,
    /// The lesson's table of contents, with the selected heading.
    Contents {
        selected: usize,
    },
    /// The exercises that follow the lesson (`x` where there are several):
    /// their positions in `App::exercises`, the selected one.
    Exercises {
        choices: Vec<usize>,
        selected: usize,
    },
}

/// A lesson being read.
pub struct LessonView {
    pub index: usize,
    /// First line shown.
    pub scroll: usize,
    /// The lesson laid out for `width`.
    pub rendered: Rendered,
    pub width: u16,
    pub search: Search,
}

/// Search inside a lesson.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    pub query: String,
    /// The query is being typed.
    pub editing: bool,
    pub matches: Vec<Match>,
    /// The match last jumped to.
    pub current: Option<usize>,
    /// How many other lessons hold the query: `n` past the last match
    /// goes on into the next of them.
    pub elsewhere: usize,
}

/// Where a search matched: a line and a range of characters in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    pub line: usize,
    pub start: usize,
    pub end: usize,
}

impl App {
    pub fn new(
        lang: Lang,
        theme: Theme,
        lessons: Vec<Lesson>,
        progress: Progress,
        size: (u16, u16),
    ) -> App {
        App {
            lang,
            theme,
            lessons,
            exercises: Vec::new(),
            progress,
            screen: Screen::Home { selected: 0 },
            leaving: None,
            overlay: None,
            size,
            status: None,
            running: true,
            lesson_left: None,
        }
    }

    pub fn too_small(&self) -> bool {
        self.size.0 < MIN_WIDTH || self.size.1 < MIN_HEIGHT
    }

    pub fn lesson_view(&self) -> Option<&LessonView> {
        match &self.screen {
            Screen::Lesson(view) => Some(view),
            _ => None,
        }
    }

    pub fn exercise_view(&self) -> Option<&ExerciseView> {
        match &self.screen {
            Screen::Exercise(view) => Some(view),
            _ => None,
        }
    }

    /// The solution may be shown: the exercise was passed once.
    pub fn solution_allowed(&self, id: &str) -> bool {
        self.progress.has_passed(id)
    }

    /// Rows of the home list: lessons, then exercises.
    pub fn home_entries(&self) -> usize {
        self.lessons.len() + self.exercises.len()
    }
}

/// Columns for the lesson's text: the screen minus borders, padding and scrollbar.
pub fn text_width(size: (u16, u16)) -> u16 {
    size.0.saturating_sub(6).max(20)
}

/// Rows for the lesson's text: the screen minus the frame and the footer.
pub fn text_height(size: (u16, u16)) -> usize {
    usize::from(size.1.saturating_sub(3)).max(1)
}

impl LessonView {
    /// The heading of the section at the top of the view, if any.
    pub fn current_heading(&self) -> Option<usize> {
        self.rendered
            .headings
            .iter()
            .rposition(|heading| heading.line <= self.scroll)
    }

    pub fn open(
        lesson: &Lesson,
        index: usize,
        size: (u16, u16),
        theme: &Theme,
        lang: Lang,
    ) -> LessonView {
        let width = text_width(size);
        // The code is coloured right after this first frame is drawn (see
        // `colour_all_code`): loading the grammars and compiling their
        // patterns would otherwise delay the whole lesson, by more than
        // `less` takes to show the same page. The next frame follows
        // within a few milliseconds, before a screen's refresh.
        let rendered =
            markdown::render_first_rows(&lesson.markdown(Reader::Tutorial, lang), width, theme, 0);
        LessonView {
            index,
            scroll: 0,
            rendered,
            width,
            search: Search::default(),
        }
    }

    /// Colours the code blocks `open` left plain; the lines stay the same,
    /// so the scroll position and the search's matches still hold.
    pub fn colour_all_code(&mut self, lesson: &Lesson, theme: &Theme, lang: Lang) {
        if self.rendered.uncoloured_code {
            let markdown = lesson.markdown(Reader::Tutorial, lang);
            self.rendered = markdown::render(&markdown, self.width, theme);
        }
    }

    /// The last first-line that still fills the screen.
    pub fn max_scroll(&self, size: (u16, u16)) -> usize {
        self.rendered.lines.len().saturating_sub(text_height(size))
    }

    pub fn at_end(&self, size: (u16, u16)) -> bool {
        self.scroll >= self.max_scroll(size)
    }
}
