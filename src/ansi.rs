//! Styled lines as text for a terminal or a pipe: ANSI SGR sequences for
//! colours and emphasis, or nothing at all. Used by commands that print
//! rendered lessons instead of drawing them (`multistage fiche`).

use std::fmt::Write;

use ratatui::style::{Color, Modifier, Style};
use ratatui::text::Line;

/// The SGR parameters for a style.
fn parameters(style: Style) -> Vec<String> {
    let mut codes = Vec::new();
    let modifiers = [
        (Modifier::BOLD, "1"),
        (Modifier::DIM, "2"),
        (Modifier::ITALIC, "3"),
        (Modifier::UNDERLINED, "4"),
        (Modifier::REVERSED, "7"),
        (Modifier::CROSSED_OUT, "9"),
    ];
    for (modifier, code) in modifiers {
        if style.add_modifier.contains(modifier) {
            codes.push(code.to_string());
        }
    }
    let colour = |color: Color, base: u8| match color {
        Color::Rgb(r, g, b) => Some(format!("{base};2;{r};{g};{b}")),
        Color::Indexed(index) => Some(format!("{base};5;{index}")),
        Color::Black => Some(format!("{}", base - 8)),
        _ => None,
    };
    codes.extend(style.fg.and_then(|fg| colour(fg, 38)));
    codes.extend(style.bg.and_then(|bg| colour(bg, 48)));
    codes
}

/// The lines, one per text line; with `colour`, styled by SGR sequences
/// (each line ends reset, so a pager can start anywhere).
pub fn to_text(lines: &[Line<'_>], colour: bool) -> String {
    let mut out = String::new();
    for line in lines {
        for span in &line.spans {
            let style = line.style.patch(span.style);
            let codes = if colour {
                parameters(style)
            } else {
                Vec::new()
            };
            if codes.is_empty() {
                out.push_str(&span.content);
            } else {
                let _ = write!(out, "\x1b[{}m{}\x1b[0m", codes.join(";"), span.content);
            }
        }
        // Trailing blanks (padding) mean nothing on paper.
        let trimmed = out.trim_end_matches(' ').len();
        out.truncate(trimmed);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::to_text;
    use ratatui::style::{Color, Style};
    use ratatui::text::{Line, Span};

    #[test]
    fn sgr_only_when_asked() {
        let lines = [Line::from(vec![
            Span::styled("Titre", Style::new().bold().fg(Color::Rgb(1, 2, 3))),
            Span::raw(" fin   "),
        ])];
        assert_eq!(to_text(&lines, false), "Titre fin\n");
        assert_eq!(
            to_text(&lines, true),
            "\x1b[1;38;2;1;2;3mTitre\x1b[0m fin\n"
        );
    }
}
