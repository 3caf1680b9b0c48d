//! `multistage fiche [--section SLUG]`: the lessons rendered as one cheat
//! sheet on standard output — colours on a terminal, plain text in a pipe —
//! so it reads in a pager (`multistage fiche --color always | less -R`).

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::{Arg, ArgMatches, Command};
use ratatui::text::{Line, Span};

use super::{Output, report_bad_input};
use crate::content::{self, Lesson, Reader};
use crate::i18n::Lang;
use crate::markdown;
use crate::theme::Theme;

pub(super) fn command(lang: Lang) -> Command {
    Command::new("fiche")
        .about(lang.pick(
            "Affiche la fiche technique complète (ou une section), à lire dans un pager",
            "Print the whole cheat sheet (or one section), to read in a pager",
        ))
        .arg(
            Arg::new("section")
                .long("section")
                .value_name("SLUG")
                .help(lang.pick(
                    "Une seule leçon, par numéro ou par nom (le début suffit\u{a0}: bonus)",
                    "One lesson only, by number or name (a prefix is enough: bonus)",
                )),
        )
}

/// The width to lay the text out: the terminal's, else `COLUMNS`, else 80.
pub(super) fn width() -> u16 {
    let from_terminal = std::io::stdout()
        .is_terminal()
        .then(|| ratatui::crossterm::terminal::size().ok())
        .flatten()
        .map(|(columns, _)| columns);
    let from_env = || std::env::var("COLUMNS").ok()?.parse().ok();
    from_terminal.or_else(from_env).unwrap_or(80).clamp(40, 120)
}

/// One lesson as lines: its title, description, then its text.
pub(crate) fn lesson_lines(
    lesson: &Lesson,
    width: u16,
    theme: &Theme,
    lang: Lang,
) -> Vec<Line<'static>> {
    let mut lines = vec![
        Line::from(Span::styled(lesson.title.clone(), theme.title())),
        Line::from(Span::styled(
            "═".repeat(markdown::text_width(&lesson.title).min(usize::from(width))),
            theme.frame(),
        )),
    ];
    if let Some(description) = &lesson.description {
        lines.push(Line::default());
        let rendered = markdown::render(&format!("*{description}*"), width, theme);
        lines.extend(rendered.lines);
    }
    lines.push(Line::default());
    lines.extend(markdown::render(&lesson.markdown(Reader::Print, lang), width, theme).lines);
    lines
}

pub(super) fn run(matches: &ArgMatches, output: Output) -> ExitCode {
    let lang = output.lang;
    let lessons = match content::lessons() {
        Ok(lessons) => lessons,
        Err(error) => return report_bad_input(&error.describe(lang), lang),
    };
    let chosen: Vec<&Lesson> = match matches.get_one::<String>("section") {
        Some(query) => match super::find_lesson(&lessons, query, lang) {
            Ok(index) => vec![&lessons[index]],
            Err(exit) => return exit,
        },
        None => lessons.iter().collect(),
    };
    let theme = super::theme(matches, output.colour);
    let width = width();
    let mut lines = Vec::new();
    for (index, lesson) in chosen.iter().enumerate() {
        if index > 0 {
            lines.push(Line::default());
            lines.push(Line::default());
        }
        lines.extend(lesson_lines(lesson, width, &theme, output.lang));
    }
    let text = crate::ansi::to_text(&lines, theme.has_colour());
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    ExitCode::SUCCESS
}
