//! The built-in Dockerfile editor: tui-textarea-2's text area (cursor,
//! selection, yank, undo/redo, tabs and wide characters) with the
//! project's Dockerfile colours, the diagnostics underlined, and the file's
//! line endings kept, so that saving never rewrites a CRLF file as LF.
//! Undo is ours, not the text area's: it goes back a word of typing, a run
//! of deletions or one other change (a paste, a reload from disk, a
//! selection replaced by what was typed over it) at a time, as helix and
//! VS Code do, rather than a character at a time.
//! Which key does what is decided in `message.rs`; this module only edits.

use std::collections::{BTreeMap, VecDeque};

use ratatui::layout::{Position, Rect};
use ratatui::style::{Modifier, Style};
use tui_textarea::{CursorMove, Input, Key, TextArea, WrapMode};

use crate::lint::{Diagnostic, Severity};
use crate::markdown::EditorColours;
use crate::theme::Theme;

/// What the learner does to the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// A key or the mouse wheel, handled by the text area.
    Input(Input),
    Undo,
    Redo,
    Copy,
    Cut,
    Paste,
    SelectAll,
    /// Text pasted from the terminal (bracketed paste).
    Insert(String),
    /// The first line, the last line (Ctrl-Home, Ctrl-End).
    Top,
    Bottom,
    /// A click: move the cursor there; `extend` keeps the selection going (a drag).
    Click {
        column: u16,
        row: u16,
        extend: bool,
    },
}

impl Edit {
    /// Whether the edit can change the text (undo and redo aside): a move,
    /// a scroll or a selection needs no undo step, nor its snapshot.
    fn may_change_text(&self) -> bool {
        match self {
            Edit::Input(input) => !matches!(
                input.key,
                Key::Left
                    | Key::Right
                    | Key::Up
                    | Key::Down
                    | Key::Home
                    | Key::End
                    | Key::PageUp
                    | Key::PageDown
                    | Key::MouseScrollDown
                    | Key::MouseScrollUp
                    | Key::F(_)
                    | Key::Esc
                    | Key::Null
            ),
            Edit::Cut | Edit::Paste | Edit::Insert(_) => true,
            Edit::Undo
            | Edit::Redo
            | Edit::Copy
            | Edit::SelectAll
            | Edit::Top
            | Edit::Bottom
            | Edit::Click { .. } => false,
        }
    }
}

/// Priorities of the text area's custom highlights: a diagnostic's
/// underline is drawn over the syntax colours.
const COLOUR_PRIORITY: u8 = 1;
const DIAGNOSTIC_PRIORITY: u8 = 2;

pub struct Editor {
    pub area: TextArea<'static>,
    colours: EditorColours,
    theme: Theme,
    crlf: bool,
    /// Rows (0-based) that have a diagnostic, with the most serious one.
    marks: BTreeMap<usize, Severity>,
    /// Spans of the diagnostics, as (row, byte in the row) ranges.
    underlines: Vec<((usize, usize), (usize, usize))>,
    /// Bumped on every change of the text.
    pub revision: u64,
    /// The states undo goes back to, oldest first, and those redo replays.
    undo: VecDeque<Snapshot>,
    redo: Vec<Snapshot>,
    /// The run of typing or deleting the last change belongs to, which
    /// the next keystroke may continue without a new undo step.
    run: Option<Run>,
}

/// The text and cursor as they were before a change.
struct Snapshot {
    lines: Vec<String>,
    cursor: (usize, usize),
    crlf: bool,
}

/// A run of keystrokes that undo takes back in one step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Run {
    /// Typing; `after_space` once the run typed whitespace: the next word
    /// starts a new step.
    Typing {
        after_space: bool,
    },
    Deleting,
}

/// How many states undo keeps, and the bytes they may hold together.
const UNDO_STEPS: usize = 1000;
const UNDO_BYTES: usize = 32 << 20;

impl Run {
    /// The run `edit` continues or starts, if it is a plain keystroke.
    fn of(edit: &Edit) -> Option<Run> {
        let Edit::Input(input) = edit else {
            return None;
        };
        if input.ctrl || input.alt {
            return None;
        }
        match input.key {
            Key::Char(ch) => Some(Run::Typing {
                after_space: ch.is_whitespace(),
            }),
            Key::Backspace | Key::Delete => Some(Run::Deleting),
            _ => None,
        }
    }

    /// Whether `next` goes into the same undo step as this run.
    fn continues_with(self, next: Run) -> bool {
        match (self, next) {
            (Run::Deleting, Run::Deleting) => true,
            (Run::Typing { after_space }, Run::Typing { after_space: space }) => {
                !after_space || space
            }
            _ => false,
        }
    }
}

impl Editor {
    /// An editor on `text`, its cursor at the start of line `row` (0-based).
    pub fn new(text: &str, row: usize, theme: Theme) -> Editor {
        let crlf = text.contains("\r\n");
        let lines: Vec<String> = text
            .split('\n')
            .map(|line| line.strip_suffix('\r').unwrap_or(line).to_string())
            .collect();
        let mut area = TextArea::new(lines);
        area.set_wrap_mode(WrapMode::None);
        area.set_tab_length(4);
        // Undo is ours (see the module's documentation).
        area.set_max_histories(0);
        area.set_cursor_line_style(Style::new());
        area.set_selection_style(Style::new().add_modifier(Modifier::REVERSED));
        let row = row.min(area.lines().len().saturating_sub(1));
        area.move_cursor(CursorMove::Jump(u16::try_from(row).unwrap_or(u16::MAX), 0));
        let mut editor = Editor {
            area,
            colours: EditorColours::new(theme),
            theme,
            crlf,
            marks: BTreeMap::new(),
            underlines: Vec::new(),
            revision: 0,
            undo: VecDeque::new(),
            redo: Vec::new(),
            run: None,
        };
        editor.restyle();
        editor
    }

    /// The text as it would be saved.
    pub fn text(&self) -> String {
        self.area
            .lines()
            .join(if self.crlf { "\r\n" } else { "\n" })
    }

    /// The cursor: row and column, 0-based.
    pub fn cursor(&self) -> (usize, usize) {
        self.area.cursor()
    }

    /// Applies `edit`; true when the text changed.
    pub fn apply(&mut self, edit: Edit) -> bool {
        let selection = self.area.selection_range();
        let run = Run::of(&edit);
        // A keystroke that carries on the run joins its undo step; any
        // other change, or typing over a selection, starts a new one.
        let continues = selection.is_none()
            && matches!((self.run, run), (Some(last), Some(next)) if last.continues_with(next));
        let before = (!continues && edit.may_change_text()).then(|| self.snapshot());
        let changed = match edit {
            Edit::Input(input) => self.area.input(input),
            Edit::Undo => self.step_back(),
            Edit::Redo => self.step_forward(),
            Edit::Copy => {
                self.area.copy();
                false
            }
            Edit::Cut => self.area.cut(),
            Edit::Paste => self.area.paste(),
            Edit::SelectAll => {
                self.area.select_all();
                false
            }
            // Terminals send a pasted line break as CR, LF or both.
            Edit::Insert(text) => self
                .area
                .insert_str(text.replace("\r\n", "\n").replace('\r', "\n")),
            Edit::Top => {
                self.area.move_cursor(CursorMove::Top);
                false
            }
            Edit::Bottom => {
                self.area.move_cursor(CursorMove::Bottom);
                false
            }
            Edit::Click {
                column,
                row,
                extend,
            } => {
                if let Some((line, col)) = self.area.cursor_at_position(Position::new(column, row))
                {
                    if !extend {
                        self.area.cancel_selection();
                    } else if !self.area.is_selecting() {
                        self.area.start_selection();
                    }
                    self.area.move_cursor(CursorMove::Jump(
                        u16::try_from(line).unwrap_or(u16::MAX),
                        u16::try_from(col).unwrap_or(u16::MAX),
                    ));
                }
                false
            }
        };
        if changed {
            if let Some(before) = before {
                self.record(before);
            }
            self.run = run;
            self.revision += 1;
            // The diagnostics were for the old text: their underlines would
            // now mark the wrong characters, until the next grade.
            self.underlines.clear();
            self.restyle();
        } else if !continues {
            self.run = None;
        }
        if !changed && self.area.selection_range() != selection {
            // The colours step aside where the selection is (see `restyle`).
            self.restyle();
        }
        changed
    }

    /// Replaces the whole text (the file changed on disk) as one edit, so
    /// that undo brings the learner's version back. The cursor stays on its line.
    pub fn replace_text(&mut self, text: &str) {
        if text == self.text() {
            return;
        }
        let before = self.snapshot();
        let lines = text
            .split('\n')
            .map(|line| line.strip_suffix('\r').unwrap_or(line).to_string())
            .collect();
        self.restore(Snapshot {
            lines,
            cursor: before.cursor,
            crlf: text.contains("\r\n"),
        });
        self.record(before);
        self.run = None;
        self.revision += 1;
        self.underlines.clear();
        self.restyle();
    }

    /// After the editor moved from `shown` to `room` (a resize): no blank
    /// rows below the text while lines above are hidden, and the first
    /// column back in view when the cursor's line fits. The text area
    /// would otherwise keep its old scroll offsets.
    pub fn fit(&mut self, shown: Rect, room: Rect) {
        let Some(at) = self.area.rendered_cursor_position() else {
            return;
        };
        let (row, column) = self.cursor();
        let top = row.saturating_sub(usize::from(at.y.saturating_sub(shown.y)));
        let left = column.saturating_sub(usize::from(at.x.saturating_sub(shown.x)));
        let lines = self.area.lines().len();
        let height = usize::from(room.height);
        let up = if top + height > lines {
            top.min(top + height - lines)
        } else {
            0
        };
        let line = &self.area.lines()[row];
        let before_cursor: String = line.chars().take(column).collect();
        let back = if crate::markdown::text_width(&before_cursor) < usize::from(room.width) {
            left
        } else {
            0
        };
        if up == 0 && back == 0 {
            return;
        }
        let delta = |n: usize| -i16::try_from(n).unwrap_or(i16::MAX);
        self.area.scroll((delta(up), delta(back)));
        // Scrolling pulls the cursor into the old viewport: put it back.
        self.area.move_cursor(CursorMove::Jump(
            u16::try_from(row).unwrap_or(u16::MAX),
            u16::try_from(column).unwrap_or(u16::MAX),
        ));
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot {
            lines: self.area.lines().to_vec(),
            cursor: self.area.cursor(),
            crlf: self.crlf,
        }
    }

    /// Puts a state back; the cursor stays where it was, or as near as the text allows.
    fn restore(&mut self, snapshot: Snapshot) {
        let (row, column) = snapshot.cursor;
        self.crlf = snapshot.crlf;
        self.area.set_lines(snapshot.lines, (0, 0));
        let last = self.area.lines().len().saturating_sub(1);
        self.area.move_cursor(CursorMove::Jump(
            u16::try_from(row.min(last)).unwrap_or(u16::MAX),
            u16::try_from(column).unwrap_or(u16::MAX),
        ));
    }

    /// Keeps `before` for undo; a new change forgets what redo had.
    fn record(&mut self, before: Snapshot) {
        self.redo.clear();
        self.undo.push_back(before);
        let mut bytes: usize = self.undo.iter().map(Snapshot::bytes).sum();
        while self.undo.len() > UNDO_STEPS || (bytes > UNDO_BYTES && self.undo.len() > 1) {
            if let Some(oldest) = self.undo.pop_front() {
                bytes -= oldest.bytes();
            }
        }
    }

    fn step_back(&mut self) -> bool {
        let Some(previous) = self.undo.pop_back() else {
            return false;
        };
        let current = self.snapshot();
        self.restore(previous);
        self.redo.push(current);
        true
    }

    fn step_forward(&mut self) -> bool {
        let Some(next) = self.redo.pop() else {
            return false;
        };
        let current = self.snapshot();
        self.restore(next);
        self.undo.push_back(current);
        true
    }

    /// Marks the lines and spans of `diagnostics`, found in `source` (the
    /// text they were computed on).
    pub fn set_diagnostics(&mut self, diagnostics: &[Diagnostic], source: &str) {
        self.set_marks(diagnostics, &[], source);
    }

    /// Marks the diagnostics as [`Editor::set_diagnostics`] does, and the
    /// simulation's notes: `(line, severity)`, lines counted from 1.
    pub fn set_marks(
        &mut self,
        diagnostics: &[Diagnostic],
        notes: &[(usize, Severity)],
        source: &str,
    ) {
        self.marks.clear();
        self.underlines.clear();
        for &(line, severity) in notes {
            let mark = self.marks.entry(line.saturating_sub(1)).or_insert(severity);
            *mark = (*mark).min(severity);
        }
        for diagnostic in diagnostics {
            let row = diagnostic.line.saturating_sub(1);
            let mark = self.marks.entry(row).or_insert(diagnostic.severity);
            *mark = (*mark).min(diagnostic.severity);
            if let (Some(start), Some(end)) = (
                position_of(source, diagnostic.span.start),
                position_of(source, diagnostic.span.end),
            ) && start != end
            {
                self.underlines.push((start, end));
            }
        }
        self.restyle();
    }

    /// The most serious diagnostic on row `row`, if any.
    pub fn mark(&self, row: usize) -> Option<Severity> {
        self.marks.get(&row).copied()
    }

    /// Sets the text area's highlights: colours, then underlines, both
    /// kept out of the selection. The text area draws a highlight that
    /// starts inside the selection over it, whatever its priority, so the
    /// selection would show only up to the first coloured word.
    fn restyle(&mut self) {
        self.area.clear_custom_highlight();
        let selected = self.selected_bytes();
        let runs = self.colours.update(self.area.lines());
        let mut highlights = Vec::new();
        for (row, line_runs) in runs.iter().enumerate() {
            for (range, style) in line_runs {
                for (start, end) in outside(selected, row, range.start, range.end) {
                    highlights.push(((row, start), (row, end), *style, COLOUR_PRIORITY));
                }
            }
        }
        let underline = self.theme.bad().add_modifier(Modifier::UNDERLINED);
        for &((row, start), (end_row, end)) in &self.underlines {
            if row == end_row {
                for (start, end) in outside(selected, row, start, end) {
                    highlights.push(((row, start), (row, end), underline, DIAGNOSTIC_PRIORITY));
                }
            } else {
                highlights.push(((row, start), (end_row, end), underline, DIAGNOSTIC_PRIORITY));
            }
        }
        for (start, end, style, priority) in highlights {
            self.area.custom_highlight((start, end), style, priority);
        }
    }

    /// The selection as (row, byte) positions, the text area's own unit
    /// for highlights (its cursor counts characters).
    fn selected_bytes(&self) -> Option<((usize, usize), (usize, usize))> {
        let ((start_row, start_col), (end_row, end_col)) = self.area.selection_range()?;
        let lines = self.area.lines();
        let byte = |row: usize, col: usize| {
            lines.get(row).map_or(0, |line| {
                line.char_indices()
                    .nth(col)
                    .map_or(line.len(), |(at, _)| at)
            })
        };
        Some((
            (start_row, byte(start_row, start_col)),
            (end_row, byte(end_row, end_col)),
        ))
    }
}

impl Snapshot {
    fn bytes(&self) -> usize {
        self.lines.iter().map(|line| line.len() + 1).sum()
    }
}

/// The parts of `start..end` on `row` that lie outside `selected`.
fn outside(
    selected: Option<((usize, usize), (usize, usize))>,
    row: usize,
    start: usize,
    end: usize,
) -> Vec<(usize, usize)> {
    let Some(((start_row, start_byte), (end_row, end_byte))) = selected else {
        return vec![(start, end)];
    };
    if row < start_row || row > end_row {
        return vec![(start, end)];
    }
    let from = if row == start_row { start_byte } else { 0 };
    let to = if row == end_row { end_byte } else { usize::MAX };
    [(start, end.min(from)), (start.max(to), end)]
        .into_iter()
        .filter(|(a, b)| a < b)
        .collect()
}

/// The (row, byte offset in the row) of byte `offset` in `source`: the text
/// area's highlights are byte ranges.
fn position_of(source: &str, offset: usize) -> Option<(usize, usize)> {
    let before = source.get(..offset)?;
    let row = before.matches('\n').count();
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].trim_end_matches('\r').len();
    Some((row, column))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(ch: char) -> Edit {
        Edit::Input(Input {
            key: Key::Char(ch),
            ..Input::default()
        })
    }

    /// The review's M1: a selection over coloured words is drawn whole,
    /// not up to the first word.
    #[test]
    fn the_whole_selection_is_highlighted_over_the_colours() {
        use crate::theme::{Background, ColorMode};
        use ratatui::buffer::Buffer;
        use ratatui::layout::Rect;
        use ratatui::widgets::Widget;
        let theme = Theme::new(ColorMode::TrueColor, Background::Dark);
        let mut editor = Editor::new("FROM node:22-slim AS build\nRUN true\n", 0, theme);
        for _ in 0..26 {
            editor.apply(Edit::Input(Input {
                key: Key::Right,
                shift: true,
                ..Input::default()
            }));
        }
        let area = Rect::new(0, 0, 40, 3);
        let mut buffer = Buffer::empty(area);
        (&editor.area).render(area, &mut buffer);
        let unselected: Vec<u16> = (0..26)
            .filter(|&x| !buffer[(x, 0)].modifier.contains(Modifier::REVERSED))
            .collect();
        assert!(
            unselected.is_empty(),
            "columns not drawn selected: {unselected:?}"
        );
        // Colours come back once the selection is gone.
        editor.apply(Edit::Input(Input {
            key: Key::Left,
            ..Input::default()
        }));
        let mut buffer = Buffer::empty(area);
        (&editor.area).render(area, &mut buffer);
        assert!(!buffer[(6, 0)].modifier.contains(Modifier::REVERSED));
        assert_ne!(
            buffer[(6, 0)].fg,
            buffer[(0, 1)].fg,
            "the image name is coloured again"
        );
    }

    #[test]
    fn typing_then_undo_and_redo() {
        let mut editor = Editor::new("FROM alpine\n", 0, Theme::plain());
        assert!(editor.apply(key('#')));
        assert_eq!(editor.text(), "#FROM alpine\n");
        assert_eq!(editor.revision, 1);
        assert!(editor.apply(Edit::Undo));
        assert_eq!(editor.text(), "FROM alpine\n");
        assert!(editor.apply(Edit::Redo));
        assert_eq!(editor.text(), "#FROM alpine\n");
    }

    fn typed(editor: &mut Editor, text: &str) {
        for ch in text.chars() {
            editor.apply(key(ch));
        }
    }

    #[test]
    fn undo_takes_back_a_word_of_typing_at_a_time() {
        let mut editor = Editor::new("", 0, Theme::plain());
        typed(&mut editor, "CMD [\"dist/index.js\"]");
        assert!(editor.apply(Edit::Undo));
        assert_eq!(editor.text(), "CMD ");
        assert!(editor.apply(Edit::Undo));
        assert_eq!(editor.text(), "");
        assert!(!editor.apply(Edit::Undo), "nothing left to undo");
        editor.apply(Edit::Redo);
        editor.apply(Edit::Redo);
        assert_eq!(editor.text(), "CMD [\"dist/index.js\"]");
        // A move ends the run: what is typed after it is a step of its own.
        editor.apply(Edit::Input(Input {
            key: Key::Left,
            ..Input::default()
        }));
        typed(&mut editor, "x");
        editor.apply(Edit::Undo);
        assert_eq!(editor.text(), "CMD [\"dist/index.js\"]");
        let backspace = || {
            Edit::Input(Input {
                key: Key::Backspace,
                ..Input::default()
            })
        };
        for _ in 0..5 {
            editor.apply(backspace());
        }
        assert_eq!(editor.text(), "CMD [\"dist/inde]");
        editor.apply(Edit::Undo);
        assert_eq!(
            editor.text(),
            "CMD [\"dist/index.js\"]",
            "deletions undo as one"
        );
    }

    #[test]
    fn typing_over_a_selection_is_one_step() {
        let mut editor = Editor::new("FROM alpine\n", 0, Theme::plain());
        editor.apply(Edit::SelectAll);
        typed(&mut editor, "FROM");
        assert_eq!(editor.text(), "FROM");
        editor.apply(Edit::Undo);
        assert_eq!(editor.text(), "FROM alpine\n");
        editor.apply(Edit::Redo);
        assert_eq!(editor.text(), "FROM");
    }

    #[test]
    fn line_endings_are_kept() {
        let editor = Editor::new("FROM alpine\r\nRUN true\r\n", 1, Theme::plain());
        assert_eq!(editor.text(), "FROM alpine\r\nRUN true\r\n");
        assert_eq!(editor.cursor(), (1, 0));
        let editor = Editor::new("FROM alpine", 0, Theme::plain());
        assert_eq!(editor.text(), "FROM alpine");
    }

    #[test]
    fn cut_and_paste_inside_the_editor() {
        let mut editor = Editor::new("one\ntwo\n", 0, Theme::plain());
        editor.apply(Edit::SelectAll);
        assert!(editor.apply(Edit::Cut));
        assert_eq!(editor.text(), "");
        assert!(editor.apply(Edit::Paste));
        assert!(editor.apply(Edit::Paste));
        assert_eq!(editor.text(), "one\ntwo\none\ntwo\n");
        assert!(editor.apply(Edit::Insert("x\r\ny".into())));
        assert_eq!(editor.text(), "one\ntwo\none\ntwo\nx\ny");
    }

    #[test]
    fn a_reload_is_one_undoable_edit() {
        let mut editor = Editor::new("FROM a\nRUN b\nRUN c\n", 2, Theme::plain());
        editor.apply(key('x'));
        editor.replace_text("FROM z\nRUN b\nRUN c\n");
        assert_eq!(editor.text(), "FROM z\nRUN b\nRUN c\n");
        assert_eq!(editor.cursor().0, 2, "the cursor stays on its line");
        editor.apply(Edit::Undo);
        assert_eq!(editor.text(), "FROM a\nRUN b\nxRUN c\n");
        editor.apply(Edit::Redo);
        assert_eq!(
            editor.text(),
            "FROM z\nRUN b\nRUN c\n",
            "redo replays it whole"
        );
        editor.apply(Edit::Undo);
        assert_eq!(editor.text(), "FROM a\nRUN b\nxRUN c\n");
    }

    #[test]
    fn accents_at_the_end_of_a_line_are_drawn_in_colour() {
        use crate::theme::{Background, ColorMode};
        use ratatui::{Terminal, backend::TestBackend};
        let theme = Theme::new(ColorMode::TrueColor, Background::Dark);
        let text = "FROM node:22 AS café\n# é\nRUN echo é\nCOPY --from=nowhère /a /b\n";
        let mut editor = Editor::new(text, 1, theme);
        let analysis = crate::lint::analyze(text, &Default::default()).unwrap();
        editor.set_diagnostics(&analysis.diagnostics, text);
        let mut terminal = Terminal::new(TestBackend::new(40, 6)).unwrap();
        terminal
            .draw(|frame| frame.render_widget(&editor.area, frame.area()))
            .unwrap();
        editor.apply(Edit::Input(Input {
            key: Key::End,
            ..Input::default()
        }));
        editor.apply(key('è'));
        terminal
            .draw(|frame| frame.render_widget(&editor.area, frame.area()))
            .unwrap();
        assert!(editor.text().contains("# éè\n"));
    }

    #[test]
    fn a_paste_with_carriage_returns_keeps_its_lines() {
        let mut editor = Editor::new("", 0, Theme::plain());
        editor.apply(Edit::Insert("FROM a\rRUN b\r\nRUN c".into()));
        assert_eq!(editor.text(), "FROM a\nRUN b\nRUN c");
    }

    #[test]
    fn diagnostics_mark_their_lines() {
        let source = "FROM alpine\nFROM alpine AS b\n";
        let mut editor = Editor::new(source, 0, Theme::plain());
        let analysis =
            crate::lint::analyze("from alpine\nFROM alpine:3 AS b\n", &Default::default()).unwrap();
        editor.set_diagnostics(&analysis.diagnostics, source);
        assert!(editor.mark(0).is_some(), "{:?}", analysis.diagnostics);
        assert_eq!(position_of("ab\ncdé\nf", 7), Some((1, 4)));
        assert_eq!(position_of("ab\ncdé\nf", 8), Some((2, 0)));
        assert_eq!(position_of("ab", 9), None);
    }
}
