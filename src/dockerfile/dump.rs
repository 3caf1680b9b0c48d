//! BuildKit's dump format, the one its parser tests compare against:
//! `(copy ["--from=build"] "/a" "/b")`, one line per instruction, every
//! value quoted as Go's `strconv.Quote` does.

use super::{Command, Dockerfile, Keyword};
use crate::unicode_tables;

/// The whole file in BuildKit's dump format, ending with a line break.
pub fn dump(dockerfile: &Dockerfile<'_>) -> String {
    let mut out = String::new();
    for instruction in &dockerfile.instructions {
        out.push('(');
        out.push_str(&dump_command(&instruction.command));
        out.push_str(")\n");
    }
    out
}

fn dump_command(command: &Command<'_>) -> String {
    // Go lower-cases rune by rune: `İ` becomes `i`, `Σ` always `σ`.
    let mut out: String = command
        .keyword
        .chars()
        .map(|ch| ch.to_lowercase().next().unwrap_or(ch))
        .collect();
    if !command.flags.is_empty() {
        let quoted: Vec<String> = command.flags.iter().map(|flag| go_quote(flag)).collect();
        out.push_str(" [");
        out.push_str(&quoted.join(" "));
        out.push(']');
    }
    if let Some(trigger) = &command.trigger {
        out.push_str(" (");
        out.push_str(&dump_command(trigger));
        out.push(')');
    }
    let key_value = matches!(command.kind(), Some(Keyword::Env | Keyword::Label));
    if key_value {
        let separator = if command.legacy_key_value { "" } else { "=" };
        for pair in command.args.chunks(2) {
            for value in pair {
                out.push(' ');
                out.push_str(&go_quote(value));
            }
            out.push(' ');
            out.push_str(&go_quote(separator));
        }
    } else {
        for arg in &command.args {
            out.push(' ');
            out.push_str(&go_quote(arg));
        }
    }
    out.trim().to_string()
}

/// Go's `strconv.IsPrint`.
fn is_go_printable(ch: char) -> bool {
    if ch.is_ascii() {
        return (' '..='~').contains(&ch);
    }
    !unicode_tables::contains(unicode_tables::NOT_PRINTABLE, ch)
}

/// Quotes `text` exactly as Go's `strconv.Quote`.
pub fn go_quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for ch in text.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            _ if is_go_printable(ch) => out.push(ch),
            '\x07' => out.push_str("\\a"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\x0b' => out.push_str("\\v"),
            _ if (ch as u32) < 0x20 || ch == '\x7f' => {
                out.push_str(&format!("\\x{:02x}", ch as u32))
            }
            _ if (ch as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", ch as u32)),
            _ => out.push_str(&format!("\\U{:08x}", ch as u32)),
        }
    }
    out.push('"');
    out
}
