//! Instruction flags (`--from=builder`, `--mount=…`): the leading words that
//! start with `--`. BuildKit reads them byte by byte, always with `\` as the
//! escape and with quotes removed; each byte becomes one character, so a
//! non-ASCII flag value comes out as Latin-1 mojibake (`é` → `Ã©`), exactly
//! as BuildKit reports it.

use std::borrow::Cow;

use super::{Flags, Text};

/// Go's `unicode.IsSpace` applied to a single byte taken as a character.
fn is_space_byte(byte: u8) -> bool {
    matches!(
        byte,
        b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ' | 0x85 | 0xa0
    )
}

/// A byte BuildKit copies into the flag unchanged.
fn is_plain(byte: u8) -> bool {
    byte.is_ascii() && !is_space_byte(byte) && !matches!(byte, b'\'' | b'"' | b'\\')
}

/// The flag word being read: a piece of the line while it matches the
/// source, a copy from the first byte BuildKit changes.
struct Word {
    start: usize,
    changed: Option<String>,
    quoted: bool,
}

impl Word {
    fn new(start: usize) -> Self {
        Word {
            start,
            changed: None,
            quoted: false,
        }
    }

    /// Switches to a copy holding the source up to `pos`.
    fn copy<'a>(&'a mut self, line: &str, pos: usize) -> &'a mut String {
        self.changed
            .get_or_insert_with(|| line[self.start..pos].to_string())
    }

    fn text<'l>(self, line: &'l str, end: usize) -> Text<'l> {
        match self.changed {
            Some(changed) => Cow::Owned(changed),
            None => Cow::Borrowed(&line[self.start..end]),
        }
    }

    fn is_double_dash(&self, line: &str, pos: usize) -> bool {
        match &self.changed {
            Some(changed) => changed == "--",
            None => &line[self.start..pos] == "--",
        }
    }

    fn is_empty(&self, pos: usize) -> bool {
        match &self.changed {
            Some(changed) => changed.is_empty(),
            None => pos == self.start,
        }
    }
}

enum Phase {
    Spaces,
    Word,
    Quote(u8),
}

/// Splits the leading flags off `line`; returns the rest and the flags.
pub(super) fn extract_flags(line: &str) -> (Text<'_>, Flags<'_>) {
    let bytes = line.as_bytes();
    let mut flags = Flags::new();
    let mut phase = Phase::Spaces;
    let mut word = Word::new(0);
    let mut pos = 0;
    // Byte-wise splitting can stop inside a character; only then is the rest repaired.
    let rest_from = |pos: usize| match line.get(pos..) {
        Some(rest) => Cow::Borrowed(rest),
        None => String::from_utf8_lossy(&bytes[pos..]),
    };

    loop {
        let at_end = pos == bytes.len();
        match phase {
            Phase::Spaces => {
                if at_end {
                    break;
                }
                if is_space_byte(bytes[pos]) {
                    pos += 1;
                    continue;
                }
                if bytes[pos] != b'-' || bytes.get(pos + 1) != Some(&b'-') {
                    return (rest_from(pos), flags);
                }
                phase = Phase::Word;
                word = Word::new(pos);
            }
            _ if at_end => {
                if !word.is_double_dash(line, pos) && (word.quoted || !word.is_empty(pos)) {
                    flags.push(word.text(line, pos));
                }
                break;
            }
            Phase::Word => {
                let byte = bytes[pos];
                if is_plain(byte) {
                    if let Some(changed) = &mut word.changed {
                        changed.push(char::from(byte));
                    }
                    pos += 1;
                    continue;
                }
                if is_space_byte(byte) {
                    if word.is_double_dash(line, pos) {
                        return (rest_from(pos), flags);
                    }
                    if word.quoted || !word.is_empty(pos) {
                        let finished = std::mem::replace(&mut word, Word::new(pos));
                        flags.push(finished.text(line, pos));
                    }
                    phase = Phase::Spaces;
                    pos += 1;
                    continue;
                }
                let changed = word.copy(line, pos);
                match byte {
                    b'\'' | b'"' => {
                        phase = Phase::Quote(byte);
                        word.quoted = true;
                    }
                    b'\\' => {
                        if let Some(&escaped) = bytes.get(pos + 1) {
                            changed.push(char::from(escaped));
                            pos += 1;
                        }
                    }
                    _ => changed.push(char::from(byte)),
                }
                pos += 1;
            }
            Phase::Quote(quote) => {
                let byte = bytes[pos];
                let changed = word.copy(line, pos);
                if byte == quote {
                    phase = Phase::Word;
                } else if byte == b'\\' {
                    match bytes.get(pos + 1) {
                        Some(&escaped) => {
                            changed.push(char::from(escaped));
                            pos += 1;
                        }
                        None => phase = Phase::Word,
                    }
                } else {
                    changed.push(char::from(byte));
                }
                pos += 1;
            }
        }
    }
    (Cow::Borrowed(""), flags)
}
