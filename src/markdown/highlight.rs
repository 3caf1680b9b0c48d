//! Syntax highlighting of code blocks with syntect. The lessons' own
//! languages use the project's grammars, compiled into one set by
//! `build.rs`: Dockerfiles (`dockerfile.sublime-syntax`, which colours
//! stage names) and shell command lines (`shell.sublime-syntax`). Anything
//! else a teacher's pack may show — JSON, YAML, PHP, Python, Go… — uses
//! the syntaxes bat ships (through two-face). Each set is loaded once per
//! process, on first use: the lessons never load bat's, whose thousands of
//! patterns cost more than drawing a whole lesson.

use std::borrow::Cow;
use std::sync::OnceLock;

use ratatui::style::{Modifier, Style};
use ratatui::text::Span;
use syntect::highlighting::{
    FontStyle, HighlightIterator, HighlightState, Highlighter as CodeHighlighter,
    Theme as CodeTheme,
};
use syntect::parsing::{ParseState, Scope, ScopeStack, SyntaxReference, SyntaxSet};

use crate::safe_text::escape_controls;
use crate::theme::Theme;

fn bat_syntaxes() -> &'static SyntaxSet {
    static SET: OnceLock<SyntaxSet> = OnceLock::new();
    SET.get_or_init(two_face::syntax::extra_newlines)
}

/// The project's grammars, as `build.rs` compiled them.
fn project_syntaxes() -> Option<&'static SyntaxSet> {
    static SET: OnceLock<Option<SyntaxSet>> = OnceLock::new();
    SET.get_or_init(|| {
        let dump = include_bytes!(concat!(env!("OUT_DIR"), "/syntaxes.bin"));
        syntect::dumps::from_uncompressed_data(dump).ok()
    })
    .as_ref()
}

fn code_themes() -> &'static two_face::theme::EmbeddedLazyThemeSet {
    static SET: OnceLock<two_face::theme::EmbeddedLazyThemeSet> = OnceLock::new();
    SET.get_or_init(two_face::theme::extra)
}

/// The syntax for a fence's language word, if known, and its set.
fn syntax_for(language: &str) -> Option<(&'static SyntaxSet, &'static SyntaxReference)> {
    let language = language.to_ascii_lowercase();
    if let "" | "text" | "txt" | "plain" = language.as_str() {
        return None;
    }
    let own = match language.as_str() {
        "dockerfile" | "docker" => Some("source.dockerfile"),
        "sh" | "shell" | "console" | "bash" => Some("source.shell.multistage"),
        _ => None,
    };
    if let (Some(scope), Some(set)) = (own, project_syntaxes()) {
        let scope = Scope::new(scope).ok()?;
        return set.find_syntax_by_scope(scope).map(|syntax| (set, syntax));
    }
    let set = bat_syntaxes();
    set.find_syntax_by_token(&language)
        .map(|syntax| (set, syntax))
}

/// The lines of a code block as coloured spans.
pub fn highlight_block(language: &str, code: &str, theme: Theme) -> Vec<Vec<Span<'static>>> {
    let mut highlighter = Highlighter::new(language, theme);
    code.trim_end_matches('\n')
        .split('\n')
        .map(|line| highlighter.line(line.trim_end_matches('\r')))
        .collect()
}

/// One code line as coloured spans; plain when the language is unknown or
/// the terminal has no colours. Tabs become four spaces and control
/// characters are shown escaped.
struct Highlighter {
    state: Option<State>,
    theme: Theme,
    /// The line being highlighted, with its line break.
    buffer: String,
}

/// syntect's state between the lines of one block.
struct State {
    set: &'static SyntaxSet,
    parse: ParseState,
    highlight: HighlightState,
    styles: &'static CodeHighlighter<'static>,
}

/// syntect's style resolver for a theme: built once per process, since it
/// indexes every rule of the theme.
fn code_highlighter(theme: &Theme) -> &'static CodeHighlighter<'static> {
    static DARK: OnceLock<CodeHighlighter<'static>> = OnceLock::new();
    static LIGHT: OnceLock<CodeHighlighter<'static>> = OnceLock::new();
    let name = theme.code_theme();
    let cell = match name {
        two_face::theme::EmbeddedThemeName::OneHalfLight => &LIGHT,
        _ => &DARK,
    };
    cell.get_or_init(|| {
        // The theme with readable comments: the instructions of an
        // exercise's starting file are comments.
        let mut code_theme: CodeTheme = code_themes().get(name).clone();
        let comment: Vec<Scope> = Scope::new("comment.line.number-sign.dockerfile")
            .into_iter()
            .collect();
        let (r, g, b) = theme.comment_colour();
        for item in &mut code_theme.scopes {
            if item.scope.does_match(&comment).is_some() {
                item.style.foreground = Some(syntect::highlighting::Color { r, g, b, a: 0xff });
            }
        }
        let code_theme: &'static CodeTheme = Box::leak(Box::new(code_theme));
        CodeHighlighter::new(code_theme)
    })
}

impl Highlighter {
    fn new(language: &str, theme: Theme) -> Self {
        let state = if theme.has_colour() {
            syntax_for(language).map(|(set, syntax)| {
                let styles = code_highlighter(&theme);
                State {
                    set,
                    parse: ParseState::new(syntax),
                    highlight: HighlightState::new(styles, ScopeStack::new()),
                    styles,
                }
            })
        } else {
            None
        };
        Highlighter {
            state,
            theme,
            buffer: String::new(),
        }
    }

    /// Highlights the next line of the block (without its line break).
    fn line(&mut self, line: &str) -> Vec<Span<'static>> {
        let line: Cow<'_, str> = if line.contains('\t') {
            Cow::Owned(line.replace('\t', "    "))
        } else {
            Cow::Borrowed(line)
        };
        let plain = || vec![Span::raw(escape_controls(&line).into_owned())];
        let Some(state) = &mut self.state else {
            return plain();
        };
        // syntect expects the line break (the "newlines" syntax set).
        self.buffer.clear();
        self.buffer.push_str(&line);
        self.buffer.push('\n');
        let Ok(ops) = state.parse.parse_line(&self.buffer, state.set) else {
            return plain();
        };
        let theme = self.theme;
        HighlightIterator::new(&mut state.highlight, &ops, &self.buffer, state.styles)
            .filter_map(|(style, text)| {
                let text = text.trim_end_matches('\n');
                (!text.is_empty()).then(|| {
                    Span::styled(escape_controls(text).into_owned(), span_style(theme, style))
                })
            })
            .collect()
    }
}

/// A coloured run of one editor line: a range of bytes and its style.
pub type ColourRun = (std::ops::Range<usize>, Style);

/// syntect's state at the start of a line.
#[derive(Clone, PartialEq, Eq)]
struct LineStart {
    parse: ParseState,
    highlight: HighlightState,
}

/// Dockerfile colours for an editor, kept line by line: after an edit only
/// the changed lines are highlighted again, and the lines below them only
/// until syntect's state is the same as before (a keystroke in a 300-line
/// file re-highlights one line, not 300).
pub struct EditorColours {
    theme: Theme,
    /// The lines last highlighted, their start states and their runs.
    lines: Vec<String>,
    starts: Vec<LineStart>,
    runs: Vec<Vec<ColourRun>>,
}

impl EditorColours {
    pub fn new(theme: Theme) -> EditorColours {
        EditorColours {
            theme,
            lines: Vec::new(),
            starts: Vec::new(),
            runs: Vec::new(),
        }
    }

    /// The colour runs of each line of `lines`, updated for what changed.
    /// Empty when the terminal has no colours.
    pub fn update(&mut self, lines: &[String]) -> &[Vec<ColourRun>] {
        let Some((set, syntax)) = syntax_for("dockerfile").filter(|_| self.theme.has_colour())
        else {
            return &[];
        };
        let styles = code_highlighter(&self.theme);
        let unchanged_head = self
            .lines
            .iter()
            .zip(lines)
            .take_while(|(old, new)| old == new)
            .count();
        if unchanged_head == lines.len() && lines.len() == self.lines.len() {
            return &self.runs;
        }
        let unchanged_tail = self
            .lines
            .iter()
            .rev()
            .zip(lines.iter().rev())
            .take_while(|(old, new)| old == new)
            .count()
            .min(lines.len() - unchanged_head)
            .min(self.lines.len() - unchanged_head);
        // Old lines [head, old_len - tail) became new lines [head, new_len - tail).
        let old_tail_start = self.lines.len() - unchanged_tail;
        let new_tail_start = lines.len() - unchanged_tail;
        let mut starts: Vec<LineStart> = self.starts.drain(..unchanged_head).collect();
        let mut runs: Vec<Vec<ColourRun>> = self.runs.drain(..unchanged_head).collect();
        let old_starts: Vec<LineStart> = self.starts.drain(..).collect();
        let old_runs: Vec<Vec<ColourRun>> = self.runs.drain(..).collect();
        let old_offset = unchanged_head;
        let mut state = match unchanged_head.checked_sub(1) {
            None => LineStart {
                parse: ParseState::new(syntax),
                highlight: HighlightState::new(styles, ScopeStack::new()),
            },
            // The state after the last kept line: highlight it once more.
            Some(last) => {
                let mut state = starts[last].clone();
                highlight_line(
                    &mut state,
                    &lines[last],
                    set,
                    styles,
                    self.theme,
                    &mut Vec::new(),
                );
                state
            }
        };
        let mut index = unchanged_head;
        while index < lines.len() {
            if index >= new_tail_start {
                let old_index = index - new_tail_start + old_tail_start;
                if old_starts.get(old_index - old_offset) == Some(&state) {
                    // From here on nothing changes: keep the old runs.
                    starts.extend(old_starts[old_index - old_offset..].iter().cloned());
                    runs.extend(old_runs[old_index - old_offset..].iter().cloned());
                    break;
                }
            }
            starts.push(state.clone());
            let mut line_runs = Vec::new();
            highlight_line(
                &mut state,
                &lines[index],
                set,
                styles,
                self.theme,
                &mut line_runs,
            );
            runs.push(line_runs);
            index += 1;
        }
        self.lines = lines.to_vec();
        self.starts = starts;
        self.runs = runs;
        &self.runs
    }
}

/// Highlights one line from `state`, leaving `state` at the next line's start.
fn highlight_line(
    state: &mut LineStart,
    line: &str,
    set: &SyntaxSet,
    styles: &CodeHighlighter<'_>,
    theme: Theme,
    out: &mut Vec<ColourRun>,
) {
    let text = format!("{line}\n");
    let Ok(ops) = state.parse.parse_line(&text, set) else {
        return;
    };
    let mut column = 0;
    for (style, piece) in HighlightIterator::new(&mut state.highlight, &ops, &text, styles) {
        let piece = piece.trim_end_matches('\n');
        let length = piece.len();
        if length > 0 {
            out.push((column..column + length, span_style(theme, style)));
        }
        column += length;
    }
}

/// A syntect style as a terminal style in `theme`'s colour mode.
fn span_style(theme: Theme, style: syntect::highlighting::Style) -> Style {
    let colour = style.foreground;
    let mut out = match theme.color((colour.r, colour.g, colour.b)) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::theme::{Background, ColorMode};
    use ratatui::style::Color;

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

    /// The review's L14: comments (an exercise's instructions) read at
    /// WCAG's 4.5:1 on either background.
    #[test]
    fn comments_are_readable_on_both_backgrounds() {
        fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
            let channel = |c: u8| {
                let c = f64::from(c) / 255.0;
                if c <= 0.03928 {
                    c / 12.92
                } else {
                    ((c + 0.055) / 1.055).powf(2.4)
                }
            };
            0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
        }
        for (background, paper) in [
            (Background::Dark, (0, 0, 0)),
            (Background::Light, (255, 255, 255)),
        ] {
            let theme = Theme::new(ColorMode::TrueColor, background);
            let mut highlighter = Highlighter::new("dockerfile", theme);
            let Some(Color::Rgb(r, g, b)) =
                colour_of(&mut highlighter, "# À vous de jouer", "vous")
            else {
                panic!("a comment in true colour")
            };
            let (ink, paper) = (luminance((r, g, b)), luminance(paper));
            let ratio = (ink.max(paper) + 0.05) / (ink.min(paper) + 0.05);
            assert!(ratio >= 4.5, "{background:?}: {ratio:.1}:1");
        }
    }

    /// The colour of the span holding `word` on `line`.
    fn colour_of(highlighter: &mut Highlighter, line: &str, word: &str) -> Option<Color> {
        let spans = highlighter.line(line);
        let span = spans.iter().find(|s| s.content.contains(word));
        span.unwrap_or_else(|| panic!("{word:?} not in {spans:?}"))
            .style
            .fg
    }

    #[test]
    fn a_stage_name_has_one_colour_wherever_it_appears() {
        let theme = Theme::new(ColorMode::TrueColor, Background::Dark);
        let mut h = Highlighter::new("dockerfile", theme);
        let defined = colour_of(&mut h, "FROM node:22 AS builder", "builder");
        let image = colour_of(&mut h, "FROM node:22 AS builder", "node:22");
        let copied = colour_of(&mut h, "COPY --from=builder /app/dist ./dist", "builder");
        let flag = colour_of(&mut h, "COPY --from=builder /app/dist ./dist", "--from");
        let mounted = colour_of(
            &mut h,
            "RUN --mount=type=cache,from=builder,target=/x npm ci",
            "builder",
        );
        let instruction = colour_of(&mut h, "RUN npm ci", "RUN");
        assert!(defined.is_some());
        assert_eq!(defined, copied);
        assert_eq!(defined, mounted);
        for other in [image, flag, instruction] {
            assert_ne!(defined, other);
        }
        assert_ne!(flag, instruction);
    }

    #[test]
    fn a_platform_flag_is_not_the_base_and_variables_stand_out() {
        let theme = Theme::new(ColorMode::TrueColor, Background::Dark);
        let mut h = Highlighter::new("dockerfile", theme);
        let line = "FROM --platform=$BUILDPLATFORM golang:${GO_VERSION} AS build";
        let flag = colour_of(&mut h, line, "--platform");
        let image = colour_of(&mut h, line, "golang:");
        let variable = colour_of(&mut h, line, "${GO_VERSION}");
        assert_ne!(flag, image);
        assert_ne!(variable, image);
        // A continuation line is arguments, not an instruction.
        let spans = h.line("    && apt-get install -y curl \\");
        assert!(spans.iter().any(|s| s.content == "\\"), "{spans:?}");
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
