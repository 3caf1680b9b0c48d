//! Markdown to styled terminal lines: headings, paragraphs wrapped at the
//! view width, nested bullet and numbered lists, bold and italic, inline
//! code, block quotes, links (text and address), tables, rules, and code
//! blocks framed with their language and highlighted. Rendering is a pure
//! function of the text, the width and the theme; the TUI and `fiche` both
//! draw its lines.

mod highlight;
pub use highlight::{ColourRun, EditorColours};

/// A Dockerfile's lines as coloured spans (plain without colours).
pub fn highlight_dockerfile(code: &str, theme: Theme) -> Vec<Vec<ratatui::text::Span<'static>>> {
    highlight::highlight_block("dockerfile", code, theme)
}
mod wrap;

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

pub use wrap::text_width;
use wrap::{char_width, wrap};

use crate::safe_text::escape_controls;
use crate::theme::Theme;

/// A heading of the rendered text, for the table of contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    pub level: u8,
    pub text: String,
    /// Index of its first line in [`Rendered::lines`].
    pub line: usize,
}

/// A markdown text laid out for one width.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    pub lines: Vec<Line<'static>>,
    pub headings: Vec<Heading>,
    /// Some code blocks were left uncoloured (see [`render_first_rows`]).
    pub uncoloured_code: bool,
}

/// What encloses the text being written: quotes and list items.
enum Container {
    Quote,
    Item {
        marker: String,
        /// The marker still has to be written, on the item's first line.
        pending: bool,
    },
}

/// A list being written: its next number, if numbered.
struct List {
    next: Option<u64>,
}

/// A table being collected, cell by cell.
#[derive(Default)]
struct Table {
    rows: Vec<Vec<Vec<Span<'static>>>>,
    header_rows: usize,
}

struct Renderer<'t> {
    theme: &'t Theme,
    width: usize,
    out: Rendered,
    containers: Vec<Container>,
    lists: Vec<List>,
    /// Inline text of the block being read.
    spans: Vec<Span<'static>>,
    styles: Vec<Style>,
    links: Vec<String>,
    heading: Option<u8>,
    code: Option<(String, String)>,
    /// The HTML block being read.
    html: Option<String>,
    table: Option<Table>,
    /// Code blocks that start on this line or later are left uncoloured.
    colour_until: usize,
}

/// Renders `markdown` for a view `width` columns wide.
pub fn render(markdown: &str, width: u16, theme: &Theme) -> Rendered {
    render_first_rows(markdown, width, theme, usize::MAX)
}

/// Renders `markdown` as [`render`] does, but colours only the code blocks
/// that start within the first `rows` lines: highlighting is most of the
/// cost of a lesson, and only the first screen is needed before it can be
/// drawn. The lines are the same either way; render again for the colours.
pub fn render_first_rows(markdown: &str, width: u16, theme: &Theme, rows: usize) -> Rendered {
    let mut renderer = Renderer {
        colour_until: rows,
        theme,
        width: usize::from(width).max(20),
        out: Rendered::default(),
        containers: Vec::new(),
        lists: Vec::new(),
        spans: Vec::new(),
        styles: vec![Style::new()],
        links: Vec::new(),
        heading: None,
        code: None,
        html: None,
        table: None,
    };
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for event in Parser::new_ext(markdown, options) {
        renderer.event(event);
    }
    renderer.flush_paragraph();
    while renderer
        .out
        .lines
        .last()
        .is_some_and(|line| line.width() == 0)
    {
        renderer.out.lines.pop();
    }
    renderer.out
}

impl Renderer<'_> {
    fn style(&self) -> Style {
        self.styles.last().copied().unwrap_or_default()
    }

    fn push_style(&mut self, style: Style) {
        let patched = self.style().patch(style);
        self.styles.push(patched);
    }

    fn text(&mut self, text: &str) {
        let text = escape_controls(text).into_owned();
        let style = self.style();
        self.spans.push(Span::styled(text, style));
    }

    /// A blank line between blocks (never two, never at the top).
    fn blank(&mut self) {
        if self.out.lines.last().is_some_and(|line| line.width() > 0) {
            self.out.lines.push(Line::default());
        }
    }

    /// Prefixes for the next block: its first line and the lines after.
    fn prefixes(&mut self) -> (Vec<Span<'static>>, Vec<Span<'static>>) {
        let frame = self.theme.muted();
        let mut first = Vec::new();
        let mut rest = Vec::new();
        for container in &mut self.containers {
            match container {
                Container::Quote => {
                    first.push(Span::styled("│ ", frame));
                    rest.push(Span::styled("│ ", frame));
                }
                Container::Item { marker, pending } => {
                    let blank = " ".repeat(text_width(marker));
                    if *pending {
                        first.push(Span::styled(marker.clone(), self.theme.accent()));
                        *pending = false;
                    } else {
                        first.push(Span::raw(blank.clone()));
                    }
                    rest.push(Span::raw(blank));
                }
            }
        }
        (first, rest)
    }

    /// Writes the inline text read so far as a wrapped block.
    fn flush_paragraph(&mut self) {
        if self.spans.is_empty() {
            return;
        }
        let spans = std::mem::take(&mut self.spans);
        let (first, rest) = self.prefixes();
        let in_quote = self
            .containers
            .iter()
            .any(|c| matches!(c, Container::Quote));
        let spans: Vec<Span<'static>> = if in_quote {
            let quote = self.theme.quote();
            spans
                .into_iter()
                .map(|span| span.patch_style(quote))
                .collect()
        } else {
            spans
        };
        self.out
            .lines
            .extend(wrap(&spans, self.width, &first, &rest));
    }

    fn inside_item(&self) -> bool {
        matches!(self.containers.last(), Some(Container::Item { .. }))
    }

    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => match &mut self.code {
                Some((_, code)) => code.push_str(&text),
                None => self.text(&text),
            },
            Event::Code(code) => {
                let style = self.style().patch(self.theme.inline_code());
                let code = escape_controls(&code).into_owned();
                // Without colour, the backticks keep code visible.
                let code = if self.theme.has_colour() {
                    code
                } else {
                    format!("`{code}`")
                };
                self.spans.push(Span::styled(code, style));
            }
            Event::SoftBreak => self.text(" "),
            Event::HardBreak => self.flush_paragraph(),
            Event::Rule => {
                self.flush_paragraph();
                self.blank();
                let rule = "─".repeat(self.width.min(60));
                self.out.lines.push(Line::styled(rule, self.theme.frame()));
                self.blank();
            }
            // Markup means nothing in a terminal: comments (notes left by an
            // author) are dropped, other HTML shown as the text it is.
            Event::InlineHtml(html) if html.starts_with("<!--") => {}
            Event::InlineHtml(html) => self.text(&html),
            Event::Html(html) => {
                if let Some(block) = &mut self.html {
                    block.push_str(&html);
                }
            }
            Event::FootnoteReference(name) => self.text(&format!("[{name}]")),
            Event::TaskListMarker(done) => self.text(if done { "☑ " } else { "☐ " }),
            Event::InlineMath(text) | Event::DisplayMath(text) => self.text(&text),
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph if !self.inside_item() => self.flush_paragraph(),
            Tag::Paragraph => {}
            Tag::Heading { level, .. } => {
                self.flush_paragraph();
                self.blank();
                let level = match level {
                    HeadingLevel::H1 => 1,
                    HeadingLevel::H2 => 2,
                    HeadingLevel::H3 => 3,
                    HeadingLevel::H4 => 4,
                    HeadingLevel::H5 => 5,
                    HeadingLevel::H6 => 6,
                };
                self.heading = Some(level);
                self.push_style(self.theme.heading(level));
            }
            Tag::HtmlBlock => {
                self.flush_paragraph();
                self.html = Some(String::new());
            }
            Tag::BlockQuote(_) => {
                self.flush_paragraph();
                self.blank();
                self.containers.push(Container::Quote);
            }
            Tag::CodeBlock(kind) => {
                self.flush_paragraph();
                if !self.inside_item() {
                    self.blank();
                }
                let language = match kind {
                    CodeBlockKind::Fenced(info) => {
                        info.split_whitespace().next().unwrap_or("").to_string()
                    }
                    CodeBlockKind::Indented => String::new(),
                };
                self.code = Some((language, String::new()));
            }
            Tag::List(first) => {
                self.flush_paragraph();
                if self.lists.is_empty() {
                    self.blank();
                }
                self.lists.push(List { next: first });
            }
            Tag::Item => {
                self.flush_paragraph();
                let depth = self.lists.len().saturating_sub(1);
                let marker = match self.lists.last_mut().and_then(|list| list.next.as_mut()) {
                    Some(number) => {
                        let marker = format!("{number}. ");
                        *number += 1;
                        marker
                    }
                    None => ["• ", "◦ ", "▪ "][depth % 3].to_string(),
                };
                self.containers.push(Container::Item {
                    marker,
                    pending: true,
                });
            }
            Tag::Emphasis => self.push_style(self.theme.emphasis()),
            Tag::Strong => self.push_style(self.theme.strong()),
            Tag::Strikethrough => {
                self.push_style(Style::new().add_modifier(ratatui::style::Modifier::CROSSED_OUT))
            }
            Tag::Link { dest_url, .. } => {
                self.links.push(dest_url.to_string());
                self.push_style(self.theme.link());
            }
            Tag::Image { dest_url, .. } => {
                self.links.push(dest_url.to_string());
                self.push_style(self.theme.link());
            }
            Tag::Table(_) => {
                self.flush_paragraph();
                self.blank();
                self.table = Some(Table::default());
            }
            Tag::TableHead => {
                if let Some(table) = &mut self.table {
                    table.rows.push(Vec::new());
                    table.header_rows = 1;
                }
                self.push_style(self.theme.strong());
            }
            Tag::TableRow => {
                if let Some(table) = &mut self.table {
                    table.rows.push(Vec::new());
                }
            }
            Tag::TableCell => self.spans.clear(),
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph => {
                self.flush_paragraph();
                if !self.inside_item() {
                    self.blank();
                }
            }
            TagEnd::Heading(_) => {
                let spans = std::mem::take(&mut self.spans);
                let text: String = spans.iter().map(|span| span.content.as_ref()).collect();
                let level = self.heading.take().unwrap_or(2);
                self.out.headings.push(Heading {
                    level,
                    text,
                    line: self.out.lines.len(),
                });
                let (first, rest) = self.prefixes();
                self.out
                    .lines
                    .extend(wrap(&spans, self.width, &first, &rest));
                self.styles.pop();
                self.blank();
            }
            TagEnd::HtmlBlock => {
                let html = self.html.take().unwrap_or_default();
                if !html.trim_start().starts_with("<!--") {
                    for line in html.lines() {
                        self.text(line);
                        self.flush_paragraph();
                    }
                    self.blank();
                }
            }
            TagEnd::BlockQuote(_) => {
                self.flush_paragraph();
                self.containers.pop();
                self.blank();
            }
            TagEnd::CodeBlock => {
                if let Some((language, code)) = self.code.take() {
                    self.code_block(&language, &code);
                }
                if !self.inside_item() {
                    self.blank();
                }
            }
            TagEnd::List(_) => {
                self.flush_paragraph();
                self.lists.pop();
                if self.lists.is_empty() {
                    self.blank();
                }
            }
            TagEnd::Item => {
                self.flush_paragraph();
                self.containers.pop();
            }
            TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough => {
                self.styles.pop();
            }
            TagEnd::Link | TagEnd::Image => {
                self.styles.pop();
                if let Some(url) = self.links.pop() {
                    let text: String = self.spans.iter().map(|s| s.content.as_ref()).collect();
                    if !text.ends_with(url.as_str()) {
                        let style = self.theme.muted();
                        self.spans
                            .push(Span::styled(format!(" ({})", escape_controls(&url)), style));
                    }
                }
            }
            TagEnd::TableCell => {
                let cell = std::mem::take(&mut self.spans);
                if let Some(row) = self.table.as_mut().and_then(|table| table.rows.last_mut()) {
                    row.push(cell);
                }
            }
            TagEnd::TableHead => {
                self.styles.pop();
            }
            TagEnd::Table => {
                if let Some(table) = self.table.take() {
                    self.table(table);
                }
                self.blank();
            }
            _ => {}
        }
    }

    /// A framed, highlighted code block with its language on the frame.
    fn code_block(&mut self, language: &str, code: &str) {
        let (first, rest) = self.prefixes();
        let indent = first.iter().map(|s| text_width(&s.content)).sum::<usize>();
        let coloured = self.out.lines.len() < self.colour_until;
        self.out.uncoloured_code |= !coloured;
        let lines =
            highlight::highlight_block(if coloured { language } else { "" }, code, *self.theme);
        let widest = lines
            .iter()
            .map(|spans| spans.iter().map(|s| text_width(&s.content)).sum::<usize>())
            .max()
            .unwrap_or(0);
        let label = if language.is_empty() {
            String::new()
        } else {
            format!(" {} ", escape_controls(language))
        };
        let inner = (widest + 2)
            .max(text_width(&label) + 2)
            .max(16)
            .min(self.width.saturating_sub(indent + 2).max(8));
        // A label wider than the frame is cut, so the border stays square.
        let mut used = 0;
        let label: String = label
            .chars()
            .take_while(|&ch| {
                used += char_width(ch);
                used < inner
            })
            .collect();
        let frame = self.theme.frame();
        let mut top = first.clone();
        top.push(Span::styled("╭─", frame));
        top.push(Span::styled(label.clone(), self.theme.accent()));
        top.push(Span::styled(
            format!(
                "{}╮",
                "─".repeat(inner.saturating_sub(text_width(&label) + 1))
            ),
            frame,
        ));
        self.out.lines.push(Line::from(top));
        for spans in lines {
            let (piece, cut) = cut_to_width(&spans, inner - 2);
            let used: usize = piece.iter().map(|s| text_width(&s.content)).sum();
            let mut line = rest.clone();
            line.push(Span::styled("│ ", frame));
            line.extend(piece);
            line.push(Span::raw(" ".repeat(inner - 2 - used)));
            // A cut line says so where it is cut: a copied command must never
            // look whole when it is not.
            line.push(Span::styled(if cut { " →" } else { " │" }, frame));
            self.out.lines.push(Line::from(line));
        }
        let mut bottom = rest;
        bottom.push(Span::styled(format!("╰{}╯", "─".repeat(inner)), frame));
        self.out.lines.push(Line::from(bottom));
    }

    /// A table with box-drawing borders; columns shrink and cells wrap to fit.
    fn table(&mut self, table: Table) {
        let columns = table.rows.iter().map(Vec::len).max().unwrap_or(0);
        if columns == 0 {
            return;
        }
        let cell_width =
            |cell: &Vec<Span<'static>>| cell.iter().map(|s| text_width(&s.content)).sum::<usize>();
        let mut widths: Vec<usize> = (0..columns)
            .map(|c| {
                table
                    .rows
                    .iter()
                    .filter_map(|row| row.get(c))
                    .map(cell_width)
                    .max()
                    .unwrap_or(0)
                    .max(1)
            })
            .collect();
        let (first, rest) = self.prefixes();
        let indent = first.iter().map(|s| text_width(&s.content)).sum::<usize>();
        // Borders: one `│` per column plus one, and a space each side of a cell.
        let available = self
            .width
            .saturating_sub(indent + 3 * columns + 1)
            .max(columns * 4);
        while widths.iter().sum::<usize>() > available {
            let widest = (0..columns).max_by_key(|&c| widths[c]).unwrap_or(0);
            if widths[widest] <= 4 {
                break;
            }
            widths[widest] -= 1;
        }
        let frame = self.theme.frame();
        let border = |prefix: &[Span<'static>], left: &str, middle: &str, right: &str| {
            let mut line = prefix.to_vec();
            let cells: Vec<String> = widths.iter().map(|w| "─".repeat(w + 2)).collect();
            line.push(Span::styled(
                format!("{left}{}{right}", cells.join(middle)),
                frame,
            ));
            Line::from(line)
        };
        let mut out = vec![border(&first, "┌", "┬", "┐")];
        for (index, row) in table.rows.iter().enumerate() {
            let wrapped: Vec<Vec<Line<'static>>> = (0..columns)
                .map(|c| match row.get(c) {
                    Some(cell) => wrap(cell, widths[c], &[], &[]),
                    None => vec![Line::default()],
                })
                .collect();
            let height = wrapped.iter().map(Vec::len).max().unwrap_or(1);
            for line_index in 0..height {
                let mut line = rest.clone();
                for (c, cell) in wrapped.iter().enumerate() {
                    line.push(Span::styled("│ ", frame));
                    let piece = cell.get(line_index).cloned().unwrap_or_default();
                    let used = piece.width();
                    line.extend(piece.spans);
                    line.push(Span::raw(" ".repeat(widths[c].saturating_sub(used) + 1)));
                }
                line.push(Span::styled("│", frame));
                out.push(Line::from(line));
            }
            if index + 1 == table.header_rows && table.rows.len() > 1 {
                out.push(border(&rest, "├", "┼", "┤"));
            }
        }
        out.push(border(&rest, "└", "┴", "┘"));
        self.out.lines.extend(out);
    }
}

/// The start of a code line that fits in `width`, keeping styles, and
/// whether anything was left out. Code is never wrapped: a command broken
/// over two lines is a different command once copied.
fn cut_to_width(spans: &[Span<'static>], width: usize) -> (Vec<Span<'static>>, bool) {
    let mut kept = Vec::new();
    let mut used = 0;
    for span in spans {
        let mut current = String::new();
        for ch in span.content.chars() {
            let w = char_width(ch);
            if used + w > width {
                if !current.is_empty() {
                    kept.push(Span::styled(current, span.style));
                }
                return (kept, true);
            }
            current.push(ch);
            used += w;
        }
        if !current.is_empty() {
            kept.push(Span::styled(current, span.style));
        }
    }
    (kept, false)
}

/// The text of a rendered line, without styles (for search).
pub fn plain_text(line: &Line<'_>) -> String {
    line.spans
        .iter()
        .map(|span| span.content.as_ref())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(markdown: &str, width: u16) -> Vec<String> {
        render(markdown, width, &Theme::plain())
            .lines
            .iter()
            .map(plain_text)
            .map(|line| line.trim_end().to_string())
            .collect()
    }

    #[test]
    fn headings_paragraphs_and_lists() {
        let markdown = "## Titre\n\nUn paragraphe assez long pour être coupé en deux lignes.\n\n- un\n- deux\n  - imbriqué\n\n1. premier\n2. second\n";
        assert_eq!(
            lines(markdown, 30),
            [
                "Titre",
                "",
                "Un paragraphe assez long pour",
                "être coupé en deux lignes.",
                "",
                "• un",
                "• deux",
                "  ◦ imbriqué",
                "",
                "1. premier",
                "2. second",
            ]
        );
    }

    /// The first screen's code is coloured, the rest later: the lines and
    /// their text are the same, so the view need not move.
    #[test]
    fn only_the_first_rows_code_is_coloured_first() {
        use crate::theme::{Background, ColorMode};
        let theme = Theme::new(ColorMode::TrueColor, Background::Dark);
        let lesson = include_str!("../../content/07-bonus-nommez-vos-stages.md");
        let full = render(lesson, 80, &theme);
        let first = render_first_rows(lesson, 80, &theme, 20);
        assert!(first.uncoloured_code && !full.uncoloured_code);
        let text = |rendered: &Rendered| -> Vec<String> {
            rendered.lines.iter().map(plain_text).collect()
        };
        assert_eq!(text(&first), text(&full));
        let colours = |line: &Line| line.spans.iter().filter(|s| s.style.fg.is_some()).count();
        let last = full.lines.len() - 1;
        let code_line = (20..last)
            .rev()
            .find(|&i| colours(&full.lines[i]) > colours(&first.lines[i]))
            .expect("code past the first rows is coloured only in the full render");
        assert!(code_line >= 20);
        assert_eq!(
            full.lines[..20],
            first.lines[..20],
            "the first screen is whole"
        );
    }

    #[test]
    fn code_blocks_are_framed_with_their_language() {
        let markdown = "```dockerfile\nFROM node:22 AS builder\nRUN npm ci\n```\n";
        assert_eq!(
            lines(markdown, 60),
            [
                "╭─ dockerfile ────────────╮",
                "│ FROM node:22 AS builder │",
                "│ RUN npm ci              │",
                "╰─────────────────────────╯",
            ]
        );
    }

    #[test]
    fn a_code_line_too_wide_is_cut_and_marked_never_wrapped() {
        let markdown = "```sh\ndocker build --target export --output type=local,dest=out .\n```\n";
        let shown = lines(markdown, 30);
        assert_eq!(shown.len(), 3, "{shown:?}");
        assert_eq!(shown[1], "│ docker build --target expo →");
    }

    #[test]
    fn html_comments_vanish_and_other_html_is_plain_text() {
        let markdown = "Avant.\n\n<!-- note pour l’auteur -->\n\nAprès <!-- x --> ici.\n\n<div>\nbloc\n</div>\n";
        assert_eq!(
            lines(markdown, 60),
            ["Avant.", "", "Après  ici.", "", "<div>", "bloc", "</div>"]
        );
    }

    #[test]
    fn a_frame_stays_square_and_its_label_safe() {
        let long = format!("```{}\nRUN x\n```\n", "l".repeat(60));
        let framed = lines(&long, 30);
        assert!(
            framed
                .iter()
                .all(|line| text_width(line) == text_width(&framed[0])),
            "{framed:?}"
        );
        let hostile = lines("```\x1b[2J\nRUN x\n```\n", 40);
        assert!(
            hostile[0].contains("^[[2J") && !hostile[0].contains('\x1b'),
            "{hostile:?}"
        );
    }

    #[test]
    fn inline_code_links_quotes_and_rules() {
        let markdown = "Avec `COPY --from` et [la doc](https://docs.docker.com).\n\n> Une citation.\n\n---\n\nFin.";
        let text = lines(markdown, 80);
        assert_eq!(
            text[0],
            "Avec `COPY --from` et la doc (https://docs.docker.com)."
        );
        assert_eq!(text[2], "│ Une citation.");
        assert!(text[4].starts_with("────"));
        assert_eq!(text.last().unwrap(), "Fin.");
    }

    #[test]
    fn tables_are_drawn_and_fit() {
        let markdown = "| image | taille |\n| --- | --- |\n| node:22 | 408,5 Mo |\n| node:22-slim | 79,9 Mo |\n";
        assert_eq!(
            lines(markdown, 80),
            [
                "┌──────────────┬──────────┐",
                "│ image        │ taille   │",
                "├──────────────┼──────────┤",
                "│ node:22      │ 408,5 Mo │",
                "│ node:22-slim │ 79,9 Mo  │",
                "└──────────────┴──────────┘",
            ]
        );
        for line in lines(markdown, 24) {
            assert!(text_width(&line) <= 24, "{line}");
        }
    }

    #[test]
    fn headings_are_listed_for_the_table_of_contents() {
        let rendered = render("## Un\n\ntexte\n\n### Deux\n", 40, &Theme::plain());
        let headings: Vec<(u8, &str, usize)> = rendered
            .headings
            .iter()
            .map(|h| (h.level, h.text.as_str(), h.line))
            .collect();
        assert_eq!(headings, [(2, "Un", 0), (3, "Deux", 4)]);
    }

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(lines("a\x1b[31mb", 40), ["a^[[31mb"]);
    }
}
