//! Drawing the exercise screen: the instructions (their own column on wide
//! screens, a tab otherwise), the editor with its gutter of diagnostic
//! marks, and the side panel's tabs — the checklist with the size chart,
//! the stage graph, the explanation of a line, the solution. Pure: reads
//! the state, writes the frame. Nothing relies on colour alone: checks
//! are ✓/✗, marks are glyphs, the target and skipped stages are said.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph, Wrap};

use super::exercise::{ExerciseView, Focus, LearnerFile, Tab, WIDE};
use super::state::App;
use crate::exercise::DOCKERIGNORE;
use crate::explain::{self, Explanation};
use crate::graph::{self, StageGraph};
use crate::i18n::Lang;
use crate::lint::Severity;
use crate::markdown::text_width as display_width;
use crate::safe_text::escape_controls;
use crate::simulate::Size;
use crate::theme::Theme;

/// The editor's gutter: a diagnostic's mark, the line number (4 digits), a space.
const GUTTER: u16 = 6;

/// Where each part of the screen goes, for the view and for the mouse.
pub struct Areas {
    pub instructions: Option<Rect>,
    pub editor: Rect,
    /// Inside the editor's frame: the marks' column, the text, the status row.
    pub gutter: Rect,
    pub editor_text: Rect,
    pub editor_status: Rect,
    pub panel: Rect,
    pub tabs: Rect,
    pub panel_body: Rect,
}

/// The layout for a screen of `size` (the footer row excluded).
pub fn areas(size: (u16, u16)) -> Areas {
    let main = Rect::new(0, 0, size.0, size.1.saturating_sub(1));
    let (instructions, editor, panel) = if size.0 >= WIDE {
        // Half the width for the learner's file: its comments are the
        // exercise's instructions too, and lines are never wrapped.
        let [instructions, editor, panel] = Layout::horizontal([
            Constraint::Percentage(25),
            Constraint::Percentage(50),
            Constraint::Percentage(25),
        ])
        .areas(main);
        (Some(instructions), editor, panel)
    } else {
        let [editor, panel] =
            Layout::horizontal([Constraint::Percentage(56), Constraint::Percentage(44)])
                .areas(main);
        (None, editor, panel)
    };
    let inner = editor.inner(ratatui::layout::Margin::new(1, 1));
    let [body, editor_status] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(inner);
    let [gutter, editor_text] =
        Layout::horizontal([Constraint::Length(GUTTER), Constraint::Fill(1)]).areas(body);
    let panel_inner = panel.inner(ratatui::layout::Margin::new(1, 1));
    let [tabs, _, panel_body] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(panel_inner);
    Areas {
        instructions,
        editor,
        gutter,
        editor_text,
        editor_status,
        panel,
        tabs,
        panel_body,
    }
}

/// Columns for the markdown of the instructions and explanations.
pub fn text_width(size: (u16, u16)) -> u16 {
    let areas = areas(size);
    let column = areas
        .instructions
        .map_or(areas.panel_body.width, |r| r.width.saturating_sub(4));
    column.min(areas.panel_body.width).max(20)
}

fn block<'a>(theme: &Theme, title: Line<'a>, focused: bool) -> Block<'a> {
    let border = if focused {
        theme.accent()
    } else {
        theme.frame()
    };
    Block::default()
        .borders(Borders::ALL)
        .border_type(if focused {
            BorderType::Thick
        } else {
            BorderType::Rounded
        })
        .border_style(border)
        .title(title)
}

pub fn draw(app: &App, view: &ExerciseView, frame: &mut Frame) {
    let areas = areas(app.size);
    let theme = &app.theme;
    let lang = app.lang;
    if let Some(area) = areas.instructions {
        let title = Line::from(vec![
            Span::raw(" "),
            Span::styled(
                escape_controls(view.exercise.title(lang)).into_owned(),
                theme.title(),
            ),
            Span::raw(" "),
        ]);
        let block = block(theme, title, false);
        let inner = block.inner(area).inner(ratatui::layout::Margin::new(1, 0));
        frame.render_widget(block, area);
        frame.render_widget(Paragraph::new(view.instructions.lines.clone()), inner);
    }
    editor(app, view, &areas, frame);
    panel(app, view, &areas, frame);
}

fn severity_mark(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "✗",
        Severity::Warning => "▲",
        Severity::Info => "•",
    }
}

fn severity_style(theme: &Theme, severity: Severity) -> Style {
    match severity {
        Severity::Error => theme.bad(),
        Severity::Warning => theme.accent(),
        Severity::Info => theme.muted(),
    }
}

fn editor(app: &App, view: &ExerciseView, areas: &Areas, frame: &mut Frame) {
    let theme = &app.theme;
    let lang = app.lang;
    let (row, column) = view.editor.cursor();
    let state = if view.disk_conflict.is_some() {
        Span::styled(
            lang.pick(
                " ⚠ changé sur le disque\u{a0}: Ctrl-S garder · F5 reprendre ",
                " ⚠ changed on disk: Ctrl-S keep · F5 take ",
            ),
            theme.bad(),
        )
    } else if view.grade.passed && !view.needs_grading() {
        Span::styled(lang.pick(" ✓ réussi ", " ✓ passed "), theme.good())
    } else if view.needs_saving() {
        Span::styled(lang.pick(" ● modifié ", " ● modified "), theme.muted())
    } else {
        Span::styled(lang.pick(" enregistré ", " saved "), theme.muted())
    };
    let number = view.exercise.id.split('-').next().unwrap_or_default();
    let mut title = vec![
        Span::raw(" "),
        Span::styled(format!("{number} · {}", view.editing.name()), theme.title()),
        Span::raw(" "),
    ];
    if view.other.is_some() {
        let other = match view.editing {
            LearnerFile::Dockerfile => LearnerFile::Dockerignore,
            LearnerFile::Dockerignore => LearnerFile::Dockerfile,
        };
        title.push(Span::styled(
            format!("F9 → {} ", other.name()),
            theme.muted(),
        ));
    }
    let title = Line::from(title);
    let position = Line::from(vec![
        state,
        Span::styled(
            format!(" {}{}:{} ", lang.pick("L", "Ln "), row + 1, column + 1),
            theme.muted(),
        ),
    ])
    .right_aligned();
    let block = block(theme, title, view.focus == Focus::Editor).title(position);
    frame.render_widget(block, areas.editor);
    frame.render_widget(&view.editor.area, areas.editor_text);

    // The marks follow the text area's scrolling: its first row on screen is
    // the cursor's row minus the cursor's distance from the top.
    let top = view.editor.area.rendered_cursor_position().map_or(0, |at| {
        row.saturating_sub(usize::from(at.y.saturating_sub(areas.editor_text.y)))
    });
    // The first column on screen, as for the rows: the cursor's column
    // minus its distance from the left edge.
    let left = view.editor.area.rendered_cursor_position().map_or(0, |at| {
        column.saturating_sub(usize::from(at.x.saturating_sub(areas.editor_text.x)))
    });
    // The gutter stays put when the text scrolls sideways.
    let lines = view.editor.area.lines().len();
    let border = Rect::new(
        areas.editor.right().saturating_sub(1),
        areas.editor_text.y,
        1,
        areas.editor_text.height,
    );
    let shown = usize::from(areas.editor_text.height);
    super::view::scroll_indicator(frame, border, lines, shown, top, theme);
    let buffer = frame.buffer_mut();
    for offset in 0..areas.gutter.height {
        let line = top + usize::from(offset);
        if line >= lines {
            break;
        }
        let y = areas.gutter.y + offset;
        if let Some(severity) = view.editor.mark(line) {
            buffer.set_string(
                areas.gutter.x,
                y,
                severity_mark(severity),
                severity_style(theme, severity),
            );
        }
        let number = format!("{:>4}", line + 1);
        let number = &number[number.len() - 4..];
        let style = if line == row {
            theme.accent()
        } else {
            theme.muted()
        };
        buffer.set_string(areas.gutter.x + 1, y, number, style);
        // A line that goes on past the right edge says so.
        let text = &view.editor.area.lines()[line];
        if crate::markdown::text_width(text) > left + usize::from(areas.editor_text.width)
            && areas.editor_text.width > 0
        {
            let x = areas.editor_text.x + areas.editor_text.width - 1;
            buffer.set_string(x, y, "→", theme.muted());
        }
    }

    // The diagnostic under the cursor, else what the keys do.
    let status = match view
        .grade
        .diagnostics
        .iter()
        .filter(|_| !view.needs_grading())
        .find(|d| d.line == row + 1)
    {
        Some(diagnostic) => {
            // Code spans drawn as code, not as raw backticks.
            let mut spans = vec![Span::styled(
                format!("{} ", severity_mark(diagnostic.severity)),
                severity_style(theme, diagnostic.severity),
            )];
            spans.extend(inline_code(
                diagnostic.message.get(lang),
                Style::new(),
                theme,
            ));
            Line::from(spans)
        }
        None => match view
            .grade
            .notes
            .iter()
            .filter(|_| !view.needs_grading() && view.editing == LearnerFile::Dockerfile)
            .find(|note| note.line == row + 1)
        {
            Some(note) => {
                let severity = note.severity();
                let mut spans = vec![Span::styled(
                    format!("{} ", severity_mark(severity)),
                    severity_style(theme, severity),
                )];
                spans.extend(inline_code(&note.message(lang), Style::new(), theme));
                Line::from(spans)
            }
            None => Line::default(),
        },
    };
    frame.render_widget(Paragraph::new(status), areas.editor_status);
}

fn panel(app: &App, view: &ExerciseView, areas: &Areas, frame: &mut Frame) {
    let theme = &app.theme;
    let lang = app.lang;
    let title = Line::from(vec![
        Span::raw(" "),
        Span::styled(lang.pick("Correcteur", "Checker"), theme.title()),
        Span::raw(" "),
    ]);
    let block = block(theme, title, view.focus == Focus::Panel);
    frame.render_widget(block, areas.panel);

    let tabs = tab_bar(
        &view.tabs(app.size.0, app.solution_allowed(&view.exercise.id)),
        view.tab,
        areas.tabs.width,
        theme,
        lang,
    );
    frame.render_widget(Paragraph::new(Line::from(tabs)), areas.tabs);

    let body = areas.panel_body;
    let lines = match view.tab {
        Tab::Instructions => view.instructions.lines.clone(),
        Tab::Results => results(app, view, body.width),
        Tab::Stages => stages(view, lang, theme, body.width),
        Tab::Image => image(view, lang, theme),
        Tab::Explain => view
            .explanation_text
            .as_ref()
            .map(|text| text.lines.clone())
            .unwrap_or_default(),
        Tab::Solution => solution(view, theme, lang),
    };
    let wrap = matches!(
        view.tab,
        Tab::Results | Tab::Stages | Tab::Image | Tab::Solution
    );
    // Never scrolled past the last line into blank space.
    let last = u16::try_from(lines.len().saturating_sub(1)).unwrap_or(u16::MAX);
    let mut paragraph = Paragraph::new(lines).scroll((view.panel_scroll.min(last), 0));
    if wrap {
        paragraph = paragraph.wrap(Wrap { trim: false });
    }
    frame.render_widget(paragraph, body);
}

/// The tab under column `column` of the tab bar, when every tab is shown
/// (the compact bar has only the current one: a click there moves on).
pub fn tab_at(tabs: &[Tab], current: Tab, width: u16, column: u16, lang: Lang) -> Option<Tab> {
    let spans = tab_bar(tabs, current, width, &Theme::plain(), lang);
    if spans.len() != tabs.len() * 2 - 1 {
        return None;
    }
    let mut start = 0;
    for (index, span) in spans.iter().enumerate() {
        let end = start + span.width();
        if index % 2 == 0 && (start..end).contains(&usize::from(column)) {
            return tabs.get(index / 2).copied();
        }
        start = end;
    }
    None
}

/// Every tab's name, the current one marked; when they do not fit, only
/// the current one with its position and arrows.
fn tab_bar(
    tabs: &[Tab],
    current: Tab,
    width: u16,
    theme: &Theme,
    lang: Lang,
) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    for (index, &tab) in tabs.iter().enumerate() {
        if index > 0 {
            spans.push(Span::styled("│", theme.frame()));
        }
        let label = tab.label(lang);
        if tab == current {
            spans.push(Span::styled(format!("[{label}]"), theme.selected()));
        } else {
            spans.push(Span::styled(format!(" {label} "), theme.muted()));
        }
    }
    if Line::from(spans.clone()).width() <= usize::from(width) {
        return spans;
    }
    let position = tabs.iter().position(|&tab| tab == current).unwrap_or(0);
    vec![
        Span::styled("◀ ", theme.accent()),
        Span::styled(format!("[{}]", current.label(lang)), theme.selected()),
        Span::styled(" ▶", theme.accent()),
        Span::styled(format!("  {}/{}", position + 1, tabs.len()), theme.muted()),
    ]
}

/// The checklist, the hints asked for, the size chart and the diagnostics.
fn results(app: &App, view: &ExerciseView, width: u16) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let lang = app.lang;
    let grade = &view.grade;
    let mut lines = Vec::new();
    let passed = grade.checks.iter().filter(|c| c.passed).count();
    if view.needs_grading() {
        lines.push(Line::styled(
            lang.pick("… correction en cours", "… grading"),
            theme.muted(),
        ));
    } else if grade.passed {
        lines.push(Line::styled(
            lang.pick("★ Exercice réussi\u{a0}!", "★ Exercise passed!"),
            theme.good().add_modifier(Modifier::BOLD),
        ));
        lines.push(Line::styled(
            lang.pick(
                "F7 la solution à côté de votre fichier · F8 exercice suivant",
                "F7 the solution beside your file · F8 next exercise",
            ),
            theme.muted(),
        ));
    } else {
        lines.push(Line::styled(
            format!(
                "{passed}/{} {}",
                grade.checks.len(),
                lang.pick("vérifications réussies", "checks passed")
            ),
            theme.heading(3),
        ));
    }
    lines.push(Line::default());
    // Hints come first: the one just asked for is seen without scrolling.
    let total = view.exercise.hints.len();
    for (number, hint) in view.exercise.hints[..view.hints_shown].iter().enumerate() {
        let mut spans = vec![Span::styled(
            format!(
                "{} {}/{total}{}",
                lang.pick("Indice", "Hint"),
                number + 1,
                lang.colon()
            ),
            theme.accent(),
        )];
        spans.extend(inline_code(hint.get(lang), Style::new(), theme));
        lines.push(Line::from(spans));
    }
    if view.hints_shown > 0 {
        lines.push(Line::default());
    }
    for check in &grade.checks {
        let (mark, style) = if check.passed {
            ("✓ ", theme.good())
        } else {
            ("✗ ", theme.bad())
        };
        let mut spans = vec![Span::styled(mark, style)];
        spans.extend(inline_code(check.message.get(lang), Style::new(), theme));
        lines.push(Line::from(spans));
        // Every failing check says what was seen, as `check` does; a pass
        // with a detail is one the checker could not judge in full.
        if let Some(detail) = check.detail.as_ref().filter(|_| !view.needs_grading()) {
            for text in detail.get(lang).lines() {
                let mut spans = vec![Span::styled("  → ", theme.muted())];
                spans.extend(inline_code(text, theme.muted(), theme));
                lines.push(Line::from(spans));
            }
        }
    }
    lines.push(Line::default());
    lines.extend(size_chart(
        grade.naive_size,
        grade.final_size.filter(|_| grade.simulation.is_some()),
        width,
        theme,
        lang,
    ));
    // What the simulated build noticed, line by line, as `check` lists it.
    if !grade.notes.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled(
            lang.pick("Le correcteur signale", "The checker notes"),
            theme.heading(3),
        ));
        for note in &grade.notes {
            let severity = note.severity();
            let mut spans = vec![
                Span::styled(
                    format!("{} ", severity_mark(severity)),
                    severity_style(theme, severity),
                ),
                Span::styled(
                    format!("{}{} · ", lang.pick("L", "Ln "), note.line),
                    theme.muted(),
                ),
            ];
            spans.extend(inline_code(&note.message(lang), Style::new(), theme));
            lines.push(Line::from(spans));
        }
    }
    let diagnostics = &grade.diagnostics;
    if !diagnostics.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled(
            lang.pick("Diagnostics", "Diagnostics"),
            theme.heading(3),
        ));
        for diagnostic in diagnostics {
            lines.push(Line::from(vec![
                Span::styled(
                    format!("{} ", severity_mark(diagnostic.severity)),
                    severity_style(theme, diagnostic.severity),
                ),
                Span::styled(
                    format!(
                        "{}{} {} · {} ",
                        lang.pick("L", "Ln "),
                        diagnostic.line,
                        diagnostic.code,
                        diagnostic.origin.label()
                    ),
                    theme.muted(),
                ),
                Span::raw(escape_controls(diagnostic.message.get(lang)).into_owned()),
            ]));
        }
    }
    lines
}

/// `text` with its `code` spans styled as code; without colours the
/// backticks stay, as in the rendered lessons.
fn inline_code(text: &str, style: Style, theme: &Theme) -> Vec<Span<'static>> {
    let text = escape_controls(text);
    let mut spans = Vec::new();
    for (index, piece) in text.split('`').enumerate() {
        if piece.is_empty() {
            continue;
        }
        if index % 2 == 1 {
            let code = if theme.has_colour() {
                piece.to_string()
            } else {
                format!("`{piece}`")
            };
            spans.push(Span::styled(code, theme.inline_code()));
        } else {
            spans.push(Span::styled(piece.to_string(), style));
        }
    }
    spans
}

/// A bar of `fraction` of `width` cells, with eighths at its end.
fn bar(fraction: f64, width: usize) -> String {
    let eighths = (fraction.clamp(0.0, 1.0) * width as f64 * 8.0).round() as usize;
    let mut bar = "█".repeat(eighths / 8);
    if !eighths.is_multiple_of(8) {
        bar.push(['▏', '▎', '▍', '▌', '▋', '▊', '▉'][eighths % 8 - 1]);
    }
    if bar.is_empty() {
        bar.push('▏');
    }
    bar
}

/// The naive single-stage image against the learner's, with the figures.
fn size_chart(
    naive: Option<u64>,
    yours: Option<u64>,
    width: u16,
    theme: &Theme,
    lang: Lang,
) -> Vec<Line<'static>> {
    let mut lines = vec![Line::styled(
        lang.pick("Taille estimée de l’image", "Estimated image size"),
        theme.heading(3),
    )];
    let labels = [lang.pick("naïve", "naive"), lang.pick("la vôtre", "yours")];
    let label_width = labels.iter().map(|l| display_width(l)).max().unwrap_or(0) + 1;
    let figure_width = 10;
    let bar_width = usize::from(width)
        .saturating_sub(label_width + figure_width + 1)
        .max(4);
    let largest = naive.max(yours).unwrap_or(0).max(1) as f64;
    for (label, size, style) in [
        (labels[0], naive, theme.muted()),
        (labels[1], yours, theme.good()),
    ] {
        let padding = " ".repeat(label_width - display_width(label));
        let (drawn, figure) = match size {
            Some(size) => (
                bar(size as f64 / largest, bar_width),
                Size(size).display(lang),
            ),
            None => (String::new(), lang.pick("inconnue", "unknown").to_string()),
        };
        let gap = " ".repeat(bar_width + 1 - display_width(&drawn).min(bar_width));
        lines.push(Line::from(vec![
            Span::raw(format!("{label}{padding}")),
            Span::styled(drawn, style),
            Span::raw(gap),
            Span::raw(figure),
        ]));
    }
    if let (Some(naive), Some(yours)) = (naive, yours)
        && naive > 0
    {
        let change = ((yours as f64 / naive as f64 - 1.0) * 100.0).round();
        let percent = lang.pick("\u{a0}%", "%");
        let text = if change < 0.0 {
            format!(
                "−{}{percent} {}",
                -change,
                lang.pick("par rapport à l’image naïve", "against the naive image")
            )
        } else {
            lang.pick(
                "pas plus petite que l’image naïve",
                "no smaller than the naive image",
            )
            .to_string()
        };
        lines.push(Line::styled(text, theme.muted()));
    }
    lines
}

/// The stage graph: boxes and arrows when they fit, else a list.
fn stages(view: &ExerciseView, lang: Lang, theme: &Theme, width: u16) -> Vec<Line<'static>> {
    let Some(graph) = &view.grade.graph else {
        return vec![Line::styled(
            lang.pick(
                "Pas de stage à dessiner\u{a0}: le Dockerfile ne se lit pas (voir les diagnostics).",
                "No stage to draw: the Dockerfile cannot be read (see the diagnostics).",
            ),
            theme.muted(),
        )];
    };
    let style_of = |graph: &StageGraph, stage: usize| {
        if stage == graph.target {
            Style::new().add_modifier(Modifier::BOLD)
        } else if !graph.stages[stage].built {
            theme.muted().add_modifier(Modifier::DIM)
        } else {
            Style::new()
        }
    };
    let picture = graph::picture(graph, lang);
    let fits = picture
        .rows
        .iter()
        .all(|(row, _)| display_width(row) <= usize::from(width));
    let mut lines = Vec::new();
    if fits {
        for (row, stage) in &picture.rows {
            let split = row
                .char_indices()
                .nth(picture.left)
                .map_or(row.len(), |(i, _)| i);
            lines.push(Line::from(vec![
                Span::styled(row[..split].to_string(), theme.frame()),
                Span::styled(row[split..].to_string(), style_of(graph, *stage)),
            ]));
        }
    } else {
        for stage in &graph.stages {
            let mark = if stage.index == graph.target {
                lang.pick("  ★ cible", "  ★ target")
            } else if !stage.built {
                lang.pick("  (ignoré)", "  (skipped)")
            } else {
                ""
            };
            lines.push(Line::styled(
                format!("{} {}{mark}", stage.index, escape_controls(&stage.label())),
                style_of(graph, stage.index),
            ));
            lines.push(Line::styled(
                format!("  FROM {}", escape_controls(&stage.base)),
                style_of(graph, stage.index),
            ));
            for reference in graph.references.iter().filter(|r| r.stage == stage.index) {
                // What crosses, as `multistage graph` says it.
                lines.push(Line::styled(
                    format!("  {}", graph::reference_line(graph, reference, lang)),
                    theme.muted(),
                ));
            }
        }
    }
    lines.push(Line::default());
    let built: Vec<String> = graph
        .stages
        .iter()
        .filter(|s| s.built)
        .map(|s| escape_controls(&s.label()).into_owned())
        .collect();
    lines.push(Line::from(vec![
        Span::styled(
            format!("{}{}", lang.pick("Construits", "Built"), lang.colon()),
            theme.muted(),
        ),
        Span::raw(built.join(", ")),
    ]));
    lines
}

/// What the final image holds besides its base: path, size, what it is,
/// the stage it came from (the list `check` prints).
fn image(view: &ExerciseView, lang: Lang, theme: &Theme) -> Vec<Line<'static>> {
    let Some(simulation) = &view.grade.simulation else {
        return vec![Line::styled(
            lang.pick(
                "Pas d’image à montrer\u{a0}: le Dockerfile ne se lit pas (voir les diagnostics).",
                "No image to show: the Dockerfile cannot be read (see the diagnostics).",
            ),
            theme.muted(),
        )];
    };
    let mut lines = vec![
        Line::from(vec![
            Span::styled(lang.pick("Image finale", "Final image"), theme.heading(3)),
            Span::styled(
                format!(
                    " {} {}",
                    lang.pick("sur", "on"),
                    escape_controls(&simulation.image().base.image)
                ),
                theme.muted(),
            ),
        ]),
        Line::default(),
    ];
    let files = simulation.added_files(lang);
    if files.is_empty() {
        lines.push(Line::styled(
            lang.pick(
                "Rien d’autre que l’image de base.",
                "Nothing but the base image.",
            ),
            theme.muted(),
        ));
    }
    for file in files {
        let mut spans = vec![
            Span::styled(
                escape_controls(&file.path).into_owned(),
                theme.inline_code(),
            ),
            Span::styled(
                format!("  {}", Size(file.size).display(lang)),
                theme.accent(),
            ),
        ];
        if !file.what.is_empty() {
            spans.push(Span::raw(format!("  {}", file.what)));
        }
        if let Some(stage) = file.from {
            spans.push(Span::styled(
                format!("  ← {}", escape_controls(&stage)),
                theme.muted(),
            ));
        }
        lines.push(Line::from(spans));
    }
    lines
}

/// The solution, highlighted, with line numbers.
fn solution(view: &ExerciseView, theme: &Theme, lang: Lang) -> Vec<Line<'static>> {
    let mut lines = vec![
        Line::styled(
            lang.pick(
                "Une solution possible (votre fichier reste à gauche)\u{a0}:",
                "One possible solution (your file stays on the left):",
            ),
            theme.muted(),
        ),
        Line::default(),
    ];
    let code = crate::markdown::highlight_dockerfile(&view.exercise.solution, *theme);
    let numbered = |code: Vec<Vec<Span<'static>>>, lines: &mut Vec<Line<'static>>| {
        for (number, spans) in code.into_iter().enumerate() {
            let mut line = vec![Span::styled(format!("{:>3} ", number + 1), theme.muted())];
            line.extend(spans);
            lines.push(Line::from(line));
        }
    };
    if let Some(files) = &view.exercise.dockerignore {
        lines.push(Line::styled("Dockerfile", theme.title()));
        numbered(code, &mut lines);
        lines.push(Line::default());
        lines.push(Line::styled(DOCKERIGNORE, theme.title()));
        let ignore = files
            .solution
            .lines()
            .map(|line| {
                let style = if line.starts_with('#') {
                    theme.muted()
                } else {
                    Style::new()
                };
                vec![Span::styled(escape_controls(line).into_owned(), style)]
            })
            .collect();
        numbered(ignore, &mut lines);
    } else {
        numbered(code, &mut lines);
    }
    lines
}

/// The explanation of a line as markdown: the lessons' sections, then the
/// diagnostics with their rules.
pub fn explanation_markdown(explanation: &Explanation, lang: Lang) -> String {
    let mut out = String::new();
    let line = explanation.line;
    match &explanation.topic {
        Some(topic) => out.push_str(&format!(
            "### {} {line} · `{}`\n\n",
            lang.pick("Ligne", "Line"),
            topic.replace('`', "")
        )),
        None => {
            let said = match &explanation.instruction {
                Some(instruction) => lang.pick(
                    format!("Les leçons ne détaillent pas `{instruction}`."),
                    format!("The lessons do not go into `{instruction}`."),
                ),
                None => lang
                    .pick(
                        "Pas d’instruction sur cette ligne\u{a0}: un commentaire ou une ligne vide, que Docker ignore.",
                        "No instruction on this line: a comment or a blank line, which Docker ignores.",
                    )
                    .to_string(),
            };
            out.push_str(&format!(
                "### {} {line}\n\n{said}\n\n",
                lang.pick("Ligne", "Line")
            ));
        }
    }
    for diagnostic in &explanation.diagnostics {
        out.push_str(&format!(
            "**{} `{}`** ({}, {}){}{}\n\n",
            severity_mark(diagnostic.severity),
            diagnostic.code,
            diagnostic.severity.label(lang),
            diagnostic.origin.label(),
            lang.colon(),
            diagnostic.message.get(lang)
        ));
        if let Some(help) = &diagnostic.help {
            out.push_str(&format!("→ {}\n\n", help.get(lang)));
        }
        if let Some((fr, en)) = explain::rule_summary(diagnostic) {
            out.push_str(&format!(
                "*{}* — {}\n\n",
                lang.pick("Ce que vérifie la règle", "What the rule checks"),
                lang.pick(fr, en)
            ));
        }
    }
    if !explanation.diagnostics.is_empty() && !explanation.sections.is_empty() {
        out.push_str("---\n\n");
    }
    for section in &explanation.sections {
        out.push_str(&format!(
            "**{}** — {}\n\n{}\n\n",
            section.lesson_title, section.heading, section.markdown
        ));
    }
    out
}
