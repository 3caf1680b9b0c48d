//! Syntax highlighting of code blocks with syntect and the syntaxes bat
//! ships (through two-face): Dockerfile, shell, JSON, YAML, PHP, Python,
//! JavaScript/TypeScript, Go… The syntax and theme sets are loaded once per
//! process, on first use.

use std::sync::OnceLock;

use ratatui::style::{Modifier, Style};
use ratatui::text::Span;
use syntect::easy::HighlightLines;
use syntect::highlighting::{FontStyle, Theme as CodeTheme};
use syntect::parsing::{SyntaxReference, SyntaxSet};

use crate::safe_text::escape_controls;
use crate::theme::Theme;

fn syntaxes() -> &'static SyntaxSet {
    static SET: OnceLock<SyntaxSet> = OnceLock::new();
    SET.get_or_init(two_face::syntax::extra_newlines)
}

fn code_themes() -> &'static two_face::theme::EmbeddedLazyThemeSet {
    static SET: OnceLock<two_face::theme::EmbeddedLazyThemeSet> = OnceLock::new();
    SET.get_or_init(two_face::theme::extra)
}

/// The syntax for a fence's language word, if known.
fn syntax_for(language: &str) -> Option<&'static SyntaxReference> {
    let set = syntaxes();
    match language.to_ascii_lowercase().as_str() {
        "" | "text" | "txt" | "plain" => None,
        // bat's variant highlights RUN lines as shell.
        "dockerfile" | "docker" => set.find_syntax_by_name("Dockerfile"),
        "sh" | "shell" | "console" => set.find_syntax_by_extension("sh"),
        other => set.find_syntax_by_token(other),
    }
}

/// One code line as coloured spans; plain when the language is unknown or
/// the terminal has no colours. Tabs become four spaces and control
/// characters are shown escaped.
pub struct Highlighter {
    lines: Option<HighlightLines<'static>>,
    theme: Theme,
}

impl Highlighter {
    pub fn new(language: &str, theme: Theme) -> Self {
        let lines = if theme.has_colour() {
            syntax_for(language).map(|syntax| {
                let code_theme: &'static CodeTheme = code_themes().get(theme.code_theme());
                HighlightLines::new(syntax, code_theme)
            })
        } else {
            None
        };
        Highlighter { lines, theme }
    }

    /// Highlights the next line of the block (without its line break).
    pub fn line(&mut self, line: &str) -> Vec<Span<'static>> {
        let line = line.replace('\t', "    ");
        let Some(highlighter) = &mut self.lines else {
            return vec![Span::raw(escape_controls(&line).into_owned())];
        };
        // syntect expects the line break (the "newlines" syntax set).
        let with_newline = format!("{line}\n");
        match highlighter.highlight_line(&with_newline, syntaxes()) {
            Ok(regions) => regions
                .into_iter()
                .filter_map(|(style, text)| {
                    let text = text.trim_end_matches('\n');
                    (!text.is_empty()).then(|| {
                        Span::styled(escape_controls(text).into_owned(), self.style(style))
                    })
                })
                .collect(),
            Err(_) => vec![Span::raw(escape_controls(&line).into_owned())],
        }
    }

    fn style(&self, style: syntect::highlighting::Style) -> Style {
        let colour = style.foreground;
        let mut out = match self.theme.color((colour.r, colour.g, colour.b)) {
            Some(colour) => Style::new().fg(colour),
            None => Style::new(),
        };
        if style.font_style.contains(FontStyle::BOLD) {
            out = out.add_modifier(Modifier::BOLD);
        }
        if style.font_style.contains(FontStyle::ITALIC) {
            out = out.add_modifier(Modifier::ITALIC);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::theme::{Background, ColorMode};

    #[test]
    fn dockerfile_keywords_are_coloured() {
        let theme = Theme::new(ColorMode::TrueColor, Background::Dark);
        let mut highlighter = Highlighter::new("dockerfile", theme);
        let spans = highlighter.line("FROM node:22 AS builder");
        let from = spans.iter().find(|s| s.content.contains("FROM")).unwrap();
        let rest = spans.iter().find(|s| s.content.contains("node")).unwrap();
        assert!(from.style.fg.is_some());
        assert_ne!(from.style.fg, rest.style.fg);
    }

    #[test]
    fn without_colour_or_language_text_is_plain_and_safe() {
        let mut plain = Highlighter::new("dockerfile", Theme::plain());
        assert_eq!(plain.line("RUN echo\x1b[2J")[0].content, "RUN echo^[[2J");
        let theme = Theme::new(ColorMode::TrueColor, Background::Dark);
        let mut unknown = Highlighter::new("brainfuck-2000", theme);
        assert_eq!(unknown.line("\tx")[0].content, "    x");
    }
}
