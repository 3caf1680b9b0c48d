//! The exercise screen's model and its update: the learner's Dockerfile in
//! the editor, its latest grade, the side panel's tabs (instructions,
//! results, stages, explanation, solution), the hints shown. Grading is a
//! pure function of the text, so it runs here; saving the file and the
//! progress are effects for the run loop. The revisions say what is left
//! to do: a text newer than its grade is graded after a pause in the
//! typing, a text newer than the file is saved.

use std::path::PathBuf;

use super::editor::{Edit, Editor};
use crate::content::Lesson;
use crate::exercise::{DOCKERIGNORE, Exercise, Grade, grade_files};
use crate::explain::{self, Explanation};
use crate::i18n::Lang;
use crate::lint::Severity;
use crate::markdown::{self, Rendered};
use crate::theme::Theme;

/// Where the keys go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Editor,
    /// `Esc` left the editor: letters are commands (`q` quits).
    Panel,
}

/// The side panel's tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    /// Shown in the panel only when the screen is too narrow for a column of its own.
    Instructions,
    Results,
    Stages,
    /// What the final image holds, as `check` lists it.
    Image,
    Explain,
    Solution,
}

impl Tab {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Tab::Instructions => lang.pick("Consignes", "Instructions"),
            Tab::Results => lang.pick("Résultats", "Results"),
            Tab::Stages => lang.pick("Stages", "Stages"),
            Tab::Image => lang.pick("Image", "Image"),
            Tab::Explain => lang.pick("Explication", "Explanation"),
            Tab::Solution => lang.pick("Solution", "Solution"),
        }
    }
}

/// Which of the learner's files the editor holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LearnerFile {
    Dockerfile,
    Dockerignore,
}

impl LearnerFile {
    pub fn name(self) -> &'static str {
        match self {
            LearnerFile::Dockerfile => "Dockerfile",
            LearnerFile::Dockerignore => DOCKERIGNORE,
        }
    }
}

/// The learner's other file, for an exercise that has two (the
/// `.dockerignore` beside the Dockerfile): not in the editor, but graded
/// with it, as last read or saved.
#[derive(Debug, Clone)]
pub struct OtherFile {
    pub path: PathBuf,
    pub text: String,
    /// Where its cursor was, to come back to it.
    pub row: usize,
}

/// The screen is wide enough for the instructions to have their own column.
pub const WIDE: u16 = 160;

/// The state of one exercise being worked on.
pub struct ExerciseView {
    pub exercise: Exercise,
    /// Position in the app's exercise list.
    pub index: usize,
    /// The learner's file in the workspace, the one in the editor.
    pub path: PathBuf,
    pub editor: Editor,
    pub editing: LearnerFile,
    /// The other file, where the exercise has two: `F9` swaps them.
    pub other: Option<OtherFile>,
    /// The grade of `graded_revision` of the text.
    pub grade: Grade,
    pub graded_revision: u64,
    /// The revision last written to `path`.
    pub saved_revision: u64,
    /// The revision whose save failed: not retried until the text changes
    /// (or the learner leaves, when it is rescued).
    pub save_failed: Option<u64>,
    /// What the file held when last read or written: a change on disk that
    /// differs from it was made by someone else.
    pub disk_text: String,
    /// What another program wrote to the file while the learner had
    /// unsaved typing: neither version replaces the other until the
    /// learner chooses (Ctrl-S keeps theirs, F5 takes the disk's).
    pub disk_conflict: Option<String>,
    /// Where the disk's version went when the learner kept theirs.
    pub kept_copy: Option<std::path::PathBuf>,
    pub focus: Focus,
    pub tab: Tab,
    /// First line shown in the panel.
    pub panel_scroll: u16,
    /// Hints revealed so far.
    pub hints_shown: usize,
    /// The hint key was pressed once: the next press reveals the hint, any
    /// other message forgets it (a stray key never spends a hint).
    pub hint_asked: bool,
    pub explanation: Option<Explanation>,
    /// The instructions and the explanation laid out for `text_width`.
    pub instructions: Rendered,
    pub explanation_text: Option<Rendered>,
    pub text_width: u16,
    pub lang: Lang,
    pub theme: Theme,
    /// The folder is watched for changes made by other programs; when not,
    /// the learner regrades by hand.
    pub watching: bool,
}

impl ExerciseView {
    /// Opens `exercise` on the learner's Dockerfile `text` (and their
    /// `.dockerignore` in `other`, where the exercise has one), cursor on
    /// line `row` (0-based), for a screen of `size`.
    #[allow(clippy::too_many_arguments)]
    pub fn open(
        exercise: Exercise,
        index: usize,
        path: PathBuf,
        text: String,
        other: Option<OtherFile>,
        row: usize,
        hints_shown: usize,
        (lang, theme): (Lang, Theme),
        size: (u16, u16),
    ) -> ExerciseView {
        let editor = Editor::new(&text, row, theme);
        let dockerignore = other.as_ref().map(|file| file.text.as_str());
        let grade = grade_files(&exercise, &text, dockerignore);
        let mut view = ExerciseView {
            instructions: Rendered::default(),
            explanation_text: None,
            text_width: 0,
            lang,
            theme,
            hints_shown: hints_shown.min(exercise.hints.len()),
            hint_asked: false,
            exercise,
            index,
            path,
            editor,
            editing: LearnerFile::Dockerfile,
            other,
            grade,
            graded_revision: 0,
            saved_revision: 0,
            save_failed: None,
            disk_text: text.clone(),
            disk_conflict: None,
            kept_copy: None,
            focus: Focus::Editor,
            tab: Tab::Results,
            panel_scroll: 0,
            explanation: None,
            watching: false,
        };
        view.mark_lines(&text);
        view.lay_out(size);
        view
    }

    /// Lays the markdown out again when the text column changed width.
    pub fn lay_out(&mut self, size: (u16, u16)) {
        let width = super::exercise_view::text_width(size);
        if width == self.text_width {
            return;
        }
        self.text_width = width;
        self.instructions = markdown::render(
            self.exercise.instructions.get(self.lang),
            width,
            &self.theme,
        );
        self.explanation_text = self
            .explanation
            .as_ref()
            .map(|explanation| self.render_explanation(explanation));
    }

    fn render_explanation(&self, explanation: &Explanation) -> Rendered {
        let markdown = super::exercise_view::explanation_markdown(explanation, self.lang);
        markdown::render(&markdown, self.text_width, &self.theme)
    }

    /// The text has changed since it was graded.
    pub fn needs_grading(&self) -> bool {
        self.graded_revision != self.editor.revision
    }

    /// The text has changed since it was saved.
    pub fn needs_saving(&self) -> bool {
        self.saved_revision != self.editor.revision
    }

    /// A save is due after the pause: the text changed since it was saved,
    /// and saving this text has not already failed.
    pub fn save_due(&self) -> bool {
        self.needs_saving()
            && self.save_failed != Some(self.editor.revision)
            && self.disk_conflict.is_none()
    }

    /// The learner's Dockerfile and `.dockerignore`, whichever the editor holds.
    pub fn texts(&self) -> (String, Option<String>) {
        let other = self.other.as_ref().map(|file| file.text.clone());
        match self.editing {
            LearnerFile::Dockerfile => (self.editor.text(), other),
            LearnerFile::Dockerignore => (other.unwrap_or_default(), Some(self.editor.text())),
        }
    }

    /// Where the Dockerfile's cursor is, for the progress.
    pub fn dockerfile_row(&self) -> usize {
        match (self.editing, &self.other) {
            (LearnerFile::Dockerignore, Some(other)) => other.row,
            _ => self.editor.cursor().0,
        }
    }

    /// Grades the current text. True when this grade is a pass.
    pub fn regrade(&mut self) -> bool {
        let (dockerfile, dockerignore) = self.texts();
        self.grade = grade_files(&self.exercise, &dockerfile, dockerignore.as_deref());
        self.graded_revision = self.editor.revision;
        match self.editing {
            LearnerFile::Dockerfile => self.mark_lines(&dockerfile),
            // The diagnostics are the Dockerfile's lines, not these.
            LearnerFile::Dockerignore => self.editor.set_diagnostics(&[], ""),
        }
        self.grade.passed
    }

    /// Marks the editor's lines: the diagnostics and what the simulated
    /// build noticed there (a `COPY` source missing is a failure, a command
    /// the checker does not know is a remark).
    fn mark_lines(&mut self, source: &str) {
        let notes: Vec<(usize, Severity)> = self
            .grade
            .notes
            .iter()
            .map(|note| (note.line, note.severity()))
            .collect();
        self.editor
            .set_marks(&self.grade.diagnostics, &notes, source);
    }

    /// Puts the other file in the editor, as `on_disk` holds it (it may
    /// have changed outside since), and keeps the current one aside. The
    /// current one must be saved first: nothing unsaved is set aside.
    pub fn switch_file(&mut self, on_disk: String) {
        let Some(other) = self.other.take() else {
            return;
        };
        let kept = OtherFile {
            path: std::mem::replace(&mut self.path, other.path),
            text: self.editor.text(),
            row: self.editor.cursor().0,
        };
        self.other = Some(kept);
        self.editor = Editor::new(&on_disk, other.row, self.theme);
        self.editing = match self.editing {
            LearnerFile::Dockerfile => LearnerFile::Dockerignore,
            LearnerFile::Dockerignore => LearnerFile::Dockerfile,
        };
        self.disk_text = on_disk;
        self.saved_revision = self.editor.revision;
        self.save_failed = None;
        // A new editor restarts its revisions: grade it afresh.
        self.graded_revision = self.editor.revision.wrapping_sub(1);
    }

    pub fn edit(&mut self, edit: Edit) -> bool {
        self.editor.apply(edit)
    }

    /// The tabs the panel offers: the instructions only when they have no
    /// column, the solution only once it may be seen.
    pub fn tabs(&self, width: u16, solution_allowed: bool) -> Vec<Tab> {
        let mut tabs = Vec::new();
        if width < WIDE {
            tabs.push(Tab::Instructions);
        }
        tabs.extend([Tab::Results, Tab::Stages, Tab::Image]);
        if self.explanation.is_some() {
            tabs.push(Tab::Explain);
        }
        if solution_allowed {
            tabs.push(Tab::Solution);
        }
        tabs
    }

    /// Explains the line under the cursor and shows it.
    pub fn explain_cursor_line(&mut self, lessons: &[Lesson]) {
        if self.editing == LearnerFile::Dockerignore {
            return;
        }
        let text = self.editor.text();
        let line = self.editor.cursor().0 + 1;
        let diagnostics = if self.needs_grading() {
            Vec::new()
        } else {
            self.grade.diagnostics.clone()
        };
        let explanation = explain::explain(&text, line, &diagnostics, lessons);
        self.explanation_text = Some(self.render_explanation(&explanation));
        self.explanation = Some(explanation);
        self.tab = Tab::Explain;
        self.panel_scroll = 0;
    }

    /// Reveals one more hint; false when all are shown.
    pub fn reveal_hint(&mut self) -> bool {
        self.tab = Tab::Results;
        self.hint_asked = false;
        if self.hints_shown < self.exercise.hints.len() {
            self.hints_shown += 1;
            // The hints open the results: the new one is in view.
            self.panel_scroll = 0;
            true
        } else {
            false
        }
    }
}
