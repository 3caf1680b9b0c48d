//! Word wrapping for French text: lines break only at ordinary spaces, by
//! display width (accents and wide characters measured right), never at the
//! no-break spaces French typography puts before `: ; ! ?` and inside
//! « … » — nor at a plain space in those places, should a text have one.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthChar;

/// Display width of a character (0 for control characters, already escaped upstream).
pub fn char_width(ch: char) -> usize {
    ch.width().unwrap_or(0)
}

/// Display width of a text.
pub fn text_width(text: &str) -> usize {
    text.chars().map(char_width).sum()
}

/// The text of the spans laid end to end, with where each span ends.
struct Flat {
    text: String,
    /// (end byte in `text`, style) for each span, in order.
    runs: Vec<(usize, Style)>,
}

impl Flat {
    fn new(spans: &[Span<'_>]) -> Flat {
        let mut text = String::new();
        let mut runs = Vec::with_capacity(spans.len());
        for span in spans {
            text.push_str(&span.content);
            runs.push((text.len(), span.style));
        }
        Flat { text, runs }
    }

    /// The bytes `start..end` as spans, cut where the styles change.
    fn spans(&self, start: usize, end: usize) -> Vec<Span<'static>> {
        let mut out = Vec::new();
        let mut from = start;
        for &(run_end, style) in &self.runs {
            if run_end <= from {
                continue;
            }
            let to = run_end.min(end);
            if to > from {
                out.push(Span::styled(self.text[from..to].to_string(), style));
            }
            from = to;
            if from >= end {
                break;
            }
        }
        out
    }
}

/// Whether a space may end a line there: not before `: ; ! ? »`, not after `«`.
fn breakable(previous: Option<char>, next: Option<char>) -> bool {
    !matches!(next, Some(':' | ';' | '!' | '?' | '»')) && previous != Some('«')
}

/// Wraps `spans` to `width` columns, the first line after `first_prefix`,
/// the others after `rest_prefix` (both counted in the width).
pub fn wrap(
    spans: &[Span<'_>],
    width: usize,
    first_prefix: &[Span<'static>],
    rest_prefix: &[Span<'static>],
) -> Vec<Line<'static>> {
    let flat = Flat::new(spans);
    let text = flat.text.as_str();
    let prefix_width = |prefix: &[Span<'static>]| -> usize {
        prefix.iter().map(|span| text_width(&span.content)).sum()
    };
    let first_room = width.saturating_sub(prefix_width(first_prefix)).max(1);
    let rest_room = width.saturating_sub(prefix_width(rest_prefix)).max(1);
    // Spaces never start a line.
    let skip_spaces = |from: usize| from + text[from..].bytes().take_while(|&b| b == b' ').count();
    let mut lines = Vec::new();
    let mut start = skip_spaces(0);
    while start < text.len() {
        let (prefix, room) = if lines.is_empty() {
            (first_prefix, first_room)
        } else {
            (rest_prefix, rest_room)
        };
        // Walk the characters until one overflows the line; a line ends
        // at the last space where French typography allows a break.
        let (mut end, next_start) = {
            let mut pos = start;
            let mut used = 0;
            let mut last_break = None;
            let mut previous = None;
            loop {
                let Some(ch) = text[pos..].chars().next() else {
                    break (text.len(), text.len());
                };
                let after = pos + ch.len_utf8();
                let can_break = ch == ' ' && breakable(previous, text[after..].chars().next());
                let w = char_width(ch);
                if used + w > room && pos > start {
                    break if can_break {
                        (pos, pos + 1)
                    } else {
                        match last_break {
                            Some(space) if space > start => (space, space + 1),
                            // One word longer than the line: cut it.
                            _ => (pos, pos),
                        }
                    };
                }
                if can_break {
                    last_break = Some(pos);
                }
                used += w;
                previous = Some(ch);
                pos = after;
            }
        };
        while end > start && text.as_bytes()[end - 1] == b' ' {
            end -= 1;
        }
        let mut line: Vec<Span<'static>> = prefix.to_vec();
        line.extend(flat.spans(start, end));
        lines.push(Line::from(line));
        start = skip_spaces(next_start);
    }
    if lines.is_empty() {
        lines.push(Line::from(first_prefix.to_vec()));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(lines: &[Line<'_>]) -> Vec<String> {
        lines.iter().map(|line| line.to_string()).collect()
    }

    #[test]
    fn breaks_at_spaces_by_display_width() {
        let text = [Span::raw("Une image légère démarre plus vite")];
        assert_eq!(
            plain(&wrap(&text, 16, &[], &[])),
            ["Une image légère", "démarre plus", "vite"]
        );
    }

    #[test]
    fn never_breaks_before_french_punctuation_or_inside_guillemets() {
        let text = [Span::raw(
            "Pourquoi\u{202f}? Voici «\u{a0}stage\u{a0}» et ceci : fin",
        )];
        // (Narrower than a glued group, a line has to be cut inside it.)
        for width in 10..40 {
            for line in plain(&wrap(&text, width, &[], &[])) {
                assert!(
                    !line.starts_with(['?', ':', '»']),
                    "width {width}: {line:?}"
                );
                assert!(!line.ends_with('«'), "width {width}: {line:?}");
            }
        }
    }

    #[test]
    fn prefixes_and_long_words() {
        let text = [Span::raw("un mot-trop-long-pour-la-ligne ici")];
        let lines = wrap(&text, 12, &[Span::raw("• ")], &[Span::raw("  ")]);
        assert_eq!(
            plain(&lines),
            ["• un", "  mot-trop-l", "  ong-pour-l", "  a-ligne", "  ici"]
        );
    }

    #[test]
    fn wide_characters_take_two_columns() {
        let text = [Span::raw("漢字漢字 漢字")];
        assert_eq!(plain(&wrap(&text, 8, &[], &[])), ["漢字漢字", "漢字"]);
    }
}
