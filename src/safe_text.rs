//! Text that came from a file (a Dockerfile, a lesson, a pack) can hold
//! control characters; written raw, they would move the cursor, change
//! colours or hide text in the learner's terminal. Everything untrusted goes
//! through [`escape_controls`] before it is printed.

use std::borrow::Cow;

/// Whether printing `ch` raw could act on the terminal: C0 and C1 controls,
/// DEL, and the bidirectional overrides that can disguise text.
fn is_unsafe(ch: char) -> bool {
    ch.is_control() || matches!(ch, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every control character shown visibly: `^[` for ESC and the
/// other C0 controls, `^?` for DEL, `\u{…}` for the rest. Line breaks and
/// tabs are escaped too, so one value stays on one line.
pub fn escape_controls(text: &str) -> Cow<'_, str> {
    escape(text, false)
}

/// The same, keeping line breaks (`\n`): for multi-line texts such as an
/// exercise's instructions.
pub fn escape_controls_keep_lines(text: &str) -> Cow<'_, str> {
    escape(text, true)
}

fn escape(text: &str, keep_lines: bool) -> Cow<'_, str> {
    let unsafe_char = |ch: char| is_unsafe(ch) && !(keep_lines && ch == '\n');
    if !text.chars().any(unsafe_char) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for ch in text.chars() {
        match ch {
            '\n' if keep_lines => out.push(ch),
            '\0'..='\x1f' => {
                out.push('^');
                out.push(char::from(b'@' + ch as u8));
            }
            '\x7f' => out.push_str("^?"),
            _ if is_unsafe(ch) => out.push_str(&format!("\\u{{{:x}}}", ch as u32)),
            _ => out.push(ch),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::{escape_controls, escape_controls_keep_lines};

    #[test]
    fn escape_sequences_become_visible() {
        assert_eq!(escape_controls("a\x1b[31mb"), "a^[[31mb");
        assert_eq!(escape_controls("tab\there\r\n"), "tab^Ihere^M^J");
        assert_eq!(escape_controls("del\x7f c1\u{9b}"), "del^? c1\\u{9b}");
        assert_eq!(escape_controls("rtl\u{202e}x"), "rtl\\u{202e}x");
        assert_eq!(escape_controls_keep_lines("a\r\nb\x1b"), "a^M\nb^[");
    }

    #[test]
    fn ordinary_text_is_borrowed_unchanged() {
        let text = "FROM node:22 AS «\u{a0}builder\u{a0}» é 漢字";
        assert!(matches!(escape_controls(text), std::borrow::Cow::Borrowed(t) if t == text));
    }
}
