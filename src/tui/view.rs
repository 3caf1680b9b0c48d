//! Drawing the state: the home screen, a lesson, the help and contents
//! overlays, and the too-small notice. Pure: it reads the state and writes
//! into the frame's buffer, nothing else.

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, BorderType, Borders, Clear, Gauge, Paragraph, Scrollbar, ScrollbarOrientation,
    ScrollbarState, Wrap,
};

use super::exercise::Focus;
use super::state::{
    App, ExerciseState, LessonView, MIN_HEIGHT, MIN_WIDTH, Match, Overlay, Screen, text_height,
};
use crate::i18n::Lang;
use crate::markdown::text_width;
use crate::theme::Theme;

/// Draws the whole screen.
pub fn view(app: &App, frame: &mut Frame) {
    let area = frame.area();
    if app.too_small() {
        too_small(app, frame, area);
        return;
    }
    let [main, footer] = Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(area);
    match &app.screen {
        Screen::Home { selected } => home(app, *selected, frame, main),
        Screen::Lesson(view) => lesson(app, view, frame, main),
        Screen::Exercise(view) => super::exercise_view::draw(app, view, frame),
    }
    frame.render_widget(footer_line(app), footer);
    // A long status (a file not saved, and why) is never cut: it takes
    // the rows it needs above the footer.
    if let Some(status) = &app.status {
        let width = usize::from(area.width.max(1));
        let rows = (text_width(status) + 1).div_ceil(width).clamp(1, 4) as u16;
        if rows > 1 {
            let overlay = Rect {
                y: footer.y.saturating_sub(rows - 1),
                height: rows,
                ..footer
            };
            frame.render_widget(Clear, overlay);
            frame.render_widget(
                Paragraph::new(format!(" {status}"))
                    .style(app.theme.bad())
                    .wrap(Wrap { trim: false }),
                overlay,
            );
        }
    }
    match &app.overlay {
        Some(Overlay::Help) => help(app, frame, area),
        Some(Overlay::Contents { selected }) => {
            if let Screen::Lesson(view) = &app.screen {
                contents(app, view, *selected, frame, area);
            }
        }
        Some(Overlay::Exercises { choices, selected }) => {
            exercise_choice(app, choices, *selected, frame, area);
        }
        None => {}
    }
}

fn too_small(app: &App, frame: &mut Frame, area: Rect) {
    let (columns, rows) = app.size;
    let message = match app.lang {
        Lang::Fr => format!(
            "Fenêtre trop petite\u{a0}: {columns}×{rows}.\nIl faut au moins {MIN_WIDTH}×{MIN_HEIGHT}\u{a0}: agrandissez le terminal.\n\nq pour quitter"
        ),
        Lang::En => format!(
            "Window too small: {columns}×{rows}.\nAt least {MIN_WIDTH}×{MIN_HEIGHT} is needed: enlarge the terminal.\n\nq to quit"
        ),
    };
    // Narrow windows wrap the message. Centre it by its estimated height,
    // and give it all the room below, so that no line is ever cut.
    let width = usize::from(area.width.max(1));
    let estimated: usize = message
        .lines()
        .map(|line| text_width(line).div_ceil(width).max(1))
        .sum();
    let estimated = u16::try_from(estimated).unwrap_or(u16::MAX);
    let top = area.height.saturating_sub(estimated) / 2;
    let middle = Rect {
        y: area.y + top,
        height: area.height - top,
        ..area
    };
    frame.render_widget(
        Paragraph::new(message)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
        middle,
    );
}

/// Key names as written on French keyboards, or their English names.
fn key_names(keys: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => keys.to_string(),
        Lang::En => keys
            .replace("Entrée", "Enter")
            .replace("Échap", "Esc")
            .replace("PgPréc PgSuiv", "PgUp PgDn")
            .replace("Espace", "Space")
            .replace("Début Fin", "Home End")
            .replace("molette", "wheel")
            .replace("Maj+flèches", "Shift+arrows"),
    }
}

fn frame_block<'a>(app: &App, title: Line<'a>) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(app.theme.frame())
        .title(title)
}

fn home(app: &App, selected: usize, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let title = Line::from(vec![
        Span::raw(" "),
        Span::styled("multistage", theme.accent()),
        Span::raw(" — "),
        Span::styled(
            app.lang.pick(
                "Comment faire un multi-stage build\u{202f}?",
                "How to do a multi-stage build?",
            ),
            theme.title(),
        ),
        Span::raw(" "),
    ]);
    let block = frame_block(app, title);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [list_area, description_area, gauge_area] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(4),
        Constraint::Length(2),
    ])
    .areas(inner.inner(ratatui::layout::Margin::new(1, 0)));

    let entry = |index: usize, mark: Span<'static>, label: String| {
        let style = if index == selected {
            theme.selected()
        } else {
            Style::new()
        };
        let pointer = if index == selected { "▶ " } else { "  " };
        Line::from(vec![
            Span::styled(pointer, theme.accent()),
            mark,
            Span::styled(label, style),
        ])
    };
    let mut lines = vec![Line::styled(
        app.lang.pick(
            "Leçons (✓ lue jusqu’au bout · ○ pas encore)",
            "Lessons (✓ read to the end · ○ not yet)",
        ),
        theme.heading(3),
    )];
    let mut selected_line = 0;
    for (index, lesson) in app.lessons.iter().enumerate() {
        let mark = if app.progress.is_read(&lesson.slug) {
            Span::styled("✓ ", theme.good())
        } else {
            Span::styled("○ ", theme.muted())
        };
        if index == selected {
            selected_line = lines.len();
        }
        lines.push(entry(
            index,
            mark,
            format!("{}. {}", index + 1, lesson.title),
        ));
    }
    if !app.exercises.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled(
            app.lang.pick(
                "Exercices (✓ réussi · ◐ commencé · ○ à faire)",
                "Exercises (✓ passed · ◐ started · ○ to do)",
            ),
            theme.heading(3),
        ));
    }
    let mut group: Option<&str> = None;
    for (offset, exercise) in app.exercises.iter().enumerate() {
        let index = app.lessons.len() + offset;
        // Exercises come in lesson order, under the lesson they follow.
        if group != Some(exercise.lesson.as_str()) {
            group = Some(exercise.lesson.as_str());
            let title = app
                .lessons
                .iter()
                .find(|lesson| lesson.slug == exercise.lesson)
                .map_or(exercise.lesson.as_str(), |lesson| lesson.title.as_str());
            lines.push(Line::styled(format!("  {title}"), theme.muted()));
        }
        let mark = match exercise.state {
            ExerciseState::Passed => Span::styled("✓ ", theme.good()),
            ExerciseState::InProgress => Span::styled("◐ ", theme.accent()),
            ExerciseState::NotStarted => Span::styled("○ ", theme.muted()),
        };
        if index == selected {
            selected_line = lines.len();
        }
        // The id's number, which the commands take (`multistage exercise 2`).
        let number = exercise.id.split('-').next().unwrap_or_default();
        lines.push(entry(
            index,
            mark,
            format!("{number:>2}. {}", exercise.title),
        ));
    }
    // Keep the selected row in view, a line of context below it.
    let height = usize::from(list_area.height);
    let scroll = (selected_line + 2).saturating_sub(height);
    let total = lines.len();
    frame.render_widget(
        Paragraph::new(lines).scroll((u16::try_from(scroll).unwrap_or(0), 0)),
        list_area,
    );
    // The margin right of the list: at 80×24 half the exercises are below.
    let margin = Rect::new(list_area.right(), list_area.y, 1, list_area.height);
    scroll_indicator(frame, margin, total, height, scroll, theme);

    let description = if let Some(lesson) = app.lessons.get(selected) {
        let mut text = Vec::new();
        if let Some(description) = &lesson.description {
            text.push(Line::styled(description.clone(), theme.emphasis()));
        }
        if !lesson.exercises.is_empty() {
            text.push(Line::from(vec![
                Span::styled(
                    app.lang
                        .pick("Exercices ensuite\u{a0}: ", "Exercises next: "),
                    theme.muted(),
                ),
                Span::raw(lesson.exercises.join(", ")),
            ]));
        }
        text
    } else if let Some(exercise) = app.exercises.get(selected - app.lessons.len()) {
        let lesson = app
            .lessons
            .iter()
            .find(|lesson| lesson.slug == exercise.lesson)
            .map_or(exercise.lesson.as_str(), |lesson| lesson.title.as_str());
        vec![
            Line::styled(exercise.id.clone(), theme.emphasis()),
            Line::from(vec![
                Span::styled(
                    app.lang
                        .pick("Après la leçon\u{a0}: ", "After the lesson: "),
                    theme.muted(),
                ),
                Span::raw(lesson.to_string()),
            ]),
        ]
    } else {
        Vec::new()
    };
    frame.render_widget(
        Paragraph::new(description).wrap(Wrap { trim: true }),
        description_area,
    );

    let read = app
        .lessons
        .iter()
        .filter(|lesson| app.progress.is_read(&lesson.slug))
        .count();
    let total = app.home_entries().max(1);
    let passed = app
        .exercises
        .iter()
        .filter(|exercise| exercise.state == ExerciseState::Passed)
        .count();
    let label = match app.lang {
        Lang::Fr => format!(
            "{read}/{} leçons lues · {passed}/{} exercices réussis",
            app.lessons.len(),
            app.exercises.len()
        ),
        Lang::En => format!(
            "{read}/{} lessons read · {passed}/{} exercises passed",
            app.lessons.len(),
            app.exercises.len()
        ),
    };
    let gauge_style = if theme.has_colour() {
        theme.good()
    } else {
        Style::new().add_modifier(Modifier::REVERSED)
    };
    frame.render_widget(
        Gauge::default()
            .block(Block::default().title(Line::styled(
                app.lang.pick("Progression", "Progress"),
                theme.muted(),
            )))
            .gauge_style(gauge_style)
            .ratio((read + passed) as f64 / total as f64)
            .label(label)
            .use_unicode(true),
        gauge_area,
    );
}

/// A line with the search matches restyled.
fn highlight<'a>(
    line: &Line<'a>,
    matches: &[&Match],
    current: Option<&Match>,
    theme: &Theme,
) -> Line<'a> {
    if matches.is_empty() {
        return line.clone();
    }
    let mut spans: Vec<Span<'a>> = Vec::new();
    let mut position = 0;
    for span in &line.spans {
        let mut piece = String::new();
        let mut piece_style = None;
        for ch in span.content.chars() {
            let found = matches
                .iter()
                .find(|m| (m.start..m.end).contains(&position));
            let style = match found {
                Some(found) if Some(*found) == current => span
                    .style
                    .patch(theme.search_match())
                    .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
                Some(_) => span.style.patch(theme.search_match()),
                None => span.style,
            };
            if piece_style.is_some_and(|s| s != style) {
                spans.push(Span::styled(
                    std::mem::take(&mut piece),
                    piece_style.unwrap_or_default(),
                ));
            }
            piece_style = Some(style);
            piece.push(ch);
            position += 1;
        }
        if !piece.is_empty() {
            spans.push(Span::styled(piece, piece_style.unwrap_or_default()));
        }
    }
    Line::from(spans)
}

fn lesson(app: &App, view: &LessonView, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let lesson = &app.lessons[view.index];
    let position = format!(" {}/{} ", view.index + 1, app.lessons.len());
    let title = Line::from(vec![
        Span::raw(" "),
        Span::styled(lesson.title.clone(), theme.title()),
        Span::raw(" "),
    ]);
    let total = view.rendered.lines.len();
    let height = text_height(app.size);
    let percent = if total <= height {
        100
    } else {
        (view.scroll + height).min(total) * 100 / total
    };
    // A lesson counts as read once scrolled to its end: the frame says
    // when that has happened.
    let read = if app.progress.is_read(&lesson.slug) {
        Span::styled(app.lang.pick(" ✓ lue ", " ✓ read "), theme.good())
    } else {
        Span::styled(
            app.lang
                .pick(" ○ à lire jusqu’en bas ", " ○ read to the end "),
            theme.muted(),
        )
    };
    let block = frame_block(app, title)
        .title(Line::styled(position, theme.muted()).right_aligned())
        .title_bottom(
            Line::from(vec![
                read,
                Span::styled(
                    // French puts a no-break space before %, English none.
                    format!(" {percent}{}% ", app.lang.pick("\u{a0}", "")),
                    theme.muted(),
                ),
            ])
            .right_aligned(),
        );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let text_area = Rect {
        x: inner.x + 1,
        width: inner.width.saturating_sub(3),
        ..inner
    };
    let current = view.search.current.and_then(|i| view.search.matches.get(i));
    let visible = view
        .rendered
        .lines
        .iter()
        .enumerate()
        .skip(view.scroll)
        .take(usize::from(text_area.height));
    // Lines are laid out already (wrapped, never wider than the text):
    // written as they are, without a Paragraph's layout pass.
    for (row, (index, line)) in (text_area.y..).zip(visible) {
        let here: Vec<&Match> = view
            .search
            .matches
            .iter()
            .filter(|m| m.line == index)
            .collect();
        let line = highlight(line, &here, current, theme);
        frame
            .buffer_mut()
            .set_line(text_area.x, row, &line, text_area.width);
    }
    let rows = area.inner(ratatui::layout::Margin::new(0, 1));
    let shown = usize::from(text_area.height);
    scroll_indicator(
        frame,
        rows,
        view.max_scroll(app.size) + shown,
        shown,
        view.scroll,
        theme,
    );
}

/// A scrollbar down the right edge of `column` when `total` lines do not
/// fit in the `shown` ones, the first on screen being `top`.
pub(super) fn scroll_indicator(
    frame: &mut Frame,
    column: Rect,
    total: usize,
    shown: usize,
    top: usize,
    theme: &Theme,
) {
    if total <= shown {
        return;
    }
    let mut state = ScrollbarState::new(total - shown)
        .viewport_content_length(shown)
        .position(top);
    frame.render_stateful_widget(
        Scrollbar::new(ScrollbarOrientation::VerticalRight)
            .begin_symbol(None)
            .end_symbol(None)
            .style(theme.frame()),
        column,
        &mut state,
    );
}

/// Keys for what is on screen, or the search being typed, or a status.
fn footer_line(app: &App) -> Paragraph<'static> {
    let theme = &app.theme;
    let lang = app.lang;
    if let Some(status) = &app.status {
        return Paragraph::new(Line::styled(format!(" {status}"), theme.bad()));
    }
    if let Some(view) = app.lesson_view()
        && (view.search.editing || !view.search.query.is_empty())
    {
        let query = crate::safe_text::escape_controls(&view.search.query).into_owned();
        let line = if view.search.editing {
            Line::from(vec![
                Span::styled(" /", theme.accent()),
                Span::raw(query),
                Span::styled("▏", theme.accent()),
                Span::styled(
                    lang.pick(
                        "   Entrée valider · Échap annuler",
                        "   Enter search · Esc cancel",
                    ),
                    theme.muted(),
                ),
            ])
        } else {
            let count = view.search.matches.len();
            let found = match (view.search.current, count) {
                (_, 0) => lang.pick("aucun résultat".to_string(), "no match".to_string()),
                (Some(current), _) => format!("{}/{count}", current + 1),
                (None, _) => format!("{count}"),
            };
            let elsewhere = match view.search.elsewhere {
                0 => String::new(),
                1 => lang
                    .pick(" (et une autre leçon)", " (and one other lesson)")
                    .to_string(),
                n => lang.pick(
                    format!(" (et {n}\u{a0}autres leçons)"),
                    format!(" (and {n} other lessons)"),
                ),
            };
            Line::from(vec![
                Span::styled(format!(" /{query}"), theme.accent()),
                Span::raw(format!("  {found}{elsewhere}")),
                Span::styled(
                    lang.pick(
                        "   n suivant · N précédent · Échap effacer",
                        "   n next · N previous · Esc clear",
                    ),
                    theme.muted(),
                ),
            ])
        };
        return Paragraph::new(line);
    }
    let hints: &[(&str, &str, &str)] = match (&app.screen, &app.overlay) {
        (_, Some(Overlay::Help)) => &[
            ("?", "fermer l’aide", "close help"),
            ("q", "quitter", "quit"),
        ],
        (_, Some(Overlay::Contents { .. })) => &[
            ("↑↓", "choisir", "choose"),
            ("Entrée", "aller", "go"),
            ("Échap", "fermer", "close"),
        ],
        (_, Some(Overlay::Exercises { .. })) => &[
            ("↑↓", "choisir", "choose"),
            ("Entrée", "ouvrir", "open"),
            ("Échap", "fermer", "close"),
        ],
        (Screen::Exercise(view), None) if view.focus == Focus::Editor => &[
            ("Échap", "quitter l’éditeur", "leave the editor"),
            ("F2", "expliquer", "explain"),
            ("F3", "indice", "hint"),
            ("F4", "votre éditeur", "own editor"),
            ("F1", "aide", "help"),
            ("Ctrl-Q", "quitter", "quit"),
        ],
        (Screen::Exercise(_), None) => &[
            ("Entrée", "éditer", "edit"),
            ("←→", "onglets", "tabs"),
            ("e", "expliquer", "explain"),
            ("i", "indice", "hint"),
            ("Échap", "accueil", "home"),
            ("q", "quitter", "quit"),
        ],
        (Screen::Home { .. }, None) => &[
            ("↑↓", "choisir", "choose"),
            ("Entrée", "ouvrir", "open"),
            ("?", "aide", "help"),
            ("q", "quitter", "quit"),
        ],
        (Screen::Lesson(view), None)
            if app
                .lessons
                .get(view.index)
                .is_some_and(|lesson| !lesson.exercises.is_empty()) =>
        {
            &[
                ("↑↓", "défiler", "scroll"),
                ("←→", "leçon", "lesson"),
                ("/", "chercher", "search"),
                ("t", "sommaire", "contents"),
                ("x", "exercice", "exercise"),
                ("?", "aide", "help"),
                ("q", "quitter", "quit"),
            ]
        }
        // No exercise follows this lesson: `x` is not offered.
        (Screen::Lesson(_), None) => &[
            ("↑↓", "défiler", "scroll"),
            ("←→", "leçon", "lesson"),
            ("/", "chercher", "search"),
            ("t", "sommaire", "contents"),
            ("?", "aide", "help"),
            ("q", "quitter", "quit"),
        ],
    };
    // On a narrow screen the hints before the last go first: how to quit stays.
    let mut shown: Vec<&(&str, &str, &str)> = hints.iter().collect();
    loop {
        let mut spans = vec![Span::raw(" ")];
        for (index, (key, fr, en)) in shown.iter().enumerate() {
            if index > 0 {
                spans.push(Span::styled(" · ", theme.muted()));
            }
            spans.push(Span::styled(key_names(key, lang), theme.accent()));
            spans.push(Span::raw(" "));
            spans.push(Span::raw(lang.pick(*fr, *en)));
        }
        let line = Line::from(spans);
        if line.width() <= usize::from(app.size.0) || shown.len() <= 2 {
            return Paragraph::new(line);
        }
        shown.remove(shown.len() - 2);
    }
}

/// A centred rectangle of at most `width` × `height`.
fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

/// Keys of the home screen and the lessons: key, French, English.
const LESSON_HELP: &[(&str, &str, &str)] = &[
    ("↑ ↓  j k", "défiler, choisir", "scroll, choose"),
    (
        "PgPréc PgSuiv  Espace",
        "page précédente, suivante",
        "previous, next page",
    ),
    ("Début Fin  g G", "début, fin", "top, bottom"),
    ("Entrée  →", "ouvrir la leçon", "open the lesson"),
    (
        "← →  h l",
        "leçon précédente, suivante",
        "previous, next lesson",
    ),
    ("t", "sommaire de la leçon", "lesson contents"),
    (
        "/",
        "chercher (puis dans les autres leçons)",
        "search (then the other lessons)",
    ),
    (
        "n N",
        "résultat suivant, précédent, d’une leçon à l’autre",
        "next, previous match, from lesson to lesson",
    ),
    (
        "Échap  ⌫",
        "fermer, revenir à l’accueil",
        "close, back home",
    ),
    ("x", "exercice de la leçon", "the lesson's exercise"),
    ("molette", "défiler", "scroll"),
    ("?", "cette aide", "this help"),
    ("q  Ctrl-C", "quitter", "quit"),
];

/// Keys of the exercise screen.
const EXERCISE_HELP: &[(&str, &str, &str)] = &[
    (
        "Échap",
        "quitter l’éditeur, puis l’exercice",
        "leave the editor, then the exercise",
    ),
    ("Entrée", "revenir dans l’éditeur", "back to the editor"),
    ("Ctrl-Z Ctrl-Y", "annuler, rétablir", "undo, redo"),
    (
        "Maj+flèches  Alt-A",
        "sélectionner, tout sélectionner",
        "select, select all",
    ),
    (
        "Ctrl-C Ctrl-X Ctrl-V",
        "copier (presse-papiers aussi), couper, coller",
        "copy (to the clipboard too), cut, paste",
    ),
    (
        "Ctrl-S",
        "enregistrer (aussi automatique)",
        "save (also automatic)",
    ),
    (
        "F2  e",
        "expliquer la ligne du curseur",
        "explain the cursor's line",
    ),
    ("F3  i", "un indice de plus", "one more hint"),
    (
        "F4  o",
        "ouvrir dans $VISUAL / $EDITOR",
        "open in $VISUAL / $EDITOR",
    ),
    (
        "F5  r",
        "relire le fichier et corriger",
        "read the file again and grade",
    ),
    (
        "F6  ← →  h l",
        "onglet suivant, précédent",
        "next, previous tab",
    ),
    (
        "F7  s",
        "la solution (exercice réussi)",
        "the solution (once passed)",
    ),
    ("F8  x", "exercice suivant", "next exercise"),
    (
        "F9  f",
        "l’autre fichier de l’exercice (.dockerignore)",
        "the exercise's other file (.dockerignore)",
    ),
    ("F1  ?", "cette aide", "this help"),
    (
        "q  Ctrl-Q",
        "quitter (le fichier est enregistré)",
        "quit (the file is saved)",
    ),
];

fn help(app: &App, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let lang = app.lang;
    let rows: &[(&str, &str, &str)] = if app.exercise_view().is_some() {
        EXERCISE_HELP
    } else {
        LESSON_HELP
    };
    let key_width = rows
        .iter()
        .map(|(key, _, _)| text_width(&key_names(key, lang)))
        .max()
        .unwrap_or(0);
    let mut lines = vec![Line::default()];
    for (key, fr, en) in rows {
        let key = key_names(key, lang);
        let padding = " ".repeat(key_width.saturating_sub(text_width(&key)) + 3);
        lines.push(Line::from(vec![
            Span::raw("  "),
            Span::styled(key, theme.accent()),
            Span::raw(padding),
            Span::raw(lang.pick(*fr, *en)),
        ]));
    }
    lines.push(Line::default());
    if app.exercise_view().is_some() {
        // Which keys work where, and what the margin's marks say.
        lines.push(Line::from(vec![
            Span::raw("  "),
            Span::styled(
                lang.pick(
                    "Lettres (e i o r s x f h l q)\u{a0}: hors de l’éditeur, après Échap.",
                    "Letters (e i o r s x f h l q): outside the editor, after Esc.",
                ),
                theme.muted(),
            ),
        ]));
        lines.push(Line::from(vec![
            Span::raw("  "),
            Span::raw(lang.pick("Marge\u{a0}: ", "Margin: ")),
            Span::styled("✗", theme.bad()),
            Span::raw(lang.pick(" erreur ou échec du build · ", " error or build failure · ")),
            Span::styled("▲", theme.accent()),
            Span::raw(lang.pick(" avertissement · ", " warning · ")),
            Span::styled("•", theme.muted()),
            Span::raw(lang.pick(" remarque", " remark")),
        ]));
        lines.push(Line::default());
    }
    let width = lines.iter().map(Line::width).max().unwrap_or(20) as u16 + 4;
    let popup = centred(area, width, lines.len() as u16 + 2);
    frame.render_widget(Clear, popup);
    let title = Line::styled(lang.pick(" Aide ", " Help "), theme.title());
    frame.render_widget(Paragraph::new(lines).block(frame_block(app, title)), popup);
}

/// The exercises that follow a lesson, to choose one.
fn exercise_choice(app: &App, choices: &[usize], selected: usize, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let lines: Vec<Line> = choices
        .iter()
        .enumerate()
        .filter_map(|(position, &index)| {
            let exercise = app.exercises.get(index)?;
            let mark = match exercise.state {
                ExerciseState::Passed => Span::styled("✓ ", theme.good()),
                ExerciseState::InProgress => Span::styled("◐ ", theme.accent()),
                ExerciseState::NotStarted => Span::styled("○ ", theme.muted()),
            };
            let number = exercise.id.split('-').next().unwrap_or_default();
            let style = if position == selected {
                theme.selected()
            } else {
                Style::new()
            };
            Some(Line::from(vec![
                Span::raw(" "),
                mark,
                Span::styled(format!("{number}. {}", exercise.title), style),
            ]))
        })
        .collect();
    let width = lines.iter().map(Line::width).max().unwrap_or(20) as u16 + 4;
    let popup = centred(area, width.max(30), lines.len() as u16 + 2);
    frame.render_widget(Clear, popup);
    let title = Line::styled(
        app.lang
            .pick(" Exercices de la leçon ", " The lesson's exercises "),
        theme.title(),
    );
    frame.render_widget(Paragraph::new(lines).block(frame_block(app, title)), popup);
}

fn contents(app: &App, view: &LessonView, selected: usize, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let lines: Vec<Line> = view
        .rendered
        .headings
        .iter()
        .enumerate()
        .map(|(index, heading)| {
            let indent = "  ".repeat(usize::from(heading.level.saturating_sub(2)));
            let style = if index == selected {
                theme.selected()
            } else {
                Style::new()
            };
            Line::from(vec![
                Span::raw(format!(" {indent}")),
                Span::styled(heading.text.clone(), style),
            ])
        })
        .collect();
    let width = lines.iter().map(Line::width).max().unwrap_or(20) as u16 + 4;
    let popup = centred(area, width.max(24), lines.len() as u16 + 2);
    let skip = selected.saturating_sub(usize::from(popup.height.saturating_sub(3)));
    frame.render_widget(Clear, popup);
    let title = Line::styled(app.lang.pick(" Sommaire ", " Contents "), theme.title());
    frame.render_widget(
        Paragraph::new(lines)
            .scroll((skip as u16, 0))
            .block(frame_block(app, title)),
        popup,
    );
}
