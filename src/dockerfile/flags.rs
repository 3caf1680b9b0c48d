//! Instruction flags (`--from=builder`, `--mount=…`): the leading words that
//! start with `--`. BuildKit reads them byte by byte, always with `\` as the
//! escape and with quotes removed; each byte becomes one character, so a
//! non-ASCII flag value comes out as Latin-1 mojibake (`é` → `Ã©`), exactly
//! as BuildKit reports it.

use std::borrow::Cow;

use smol_str::SmolStr;

/// Go's `unicode.IsSpace` applied to a single byte taken as a character.
fn is_space_byte(byte: u8) -> bool {
    matches!(
        byte,
        b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ' | 0x85 | 0xa0
    )
}

enum Phase {
    Spaces,
    Word,
    Quote(u8),
}

/// Length of the leading bytes that are copied unchanged: printable ASCII
/// other than quotes and the escape.
fn plain_run(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .position(|&b| !b.is_ascii_graphic() || matches!(b, b'\'' | b'"' | b'\\'))
        .unwrap_or(bytes.len())
}

/// Splits the leading flags off `line`; returns the rest and the flags.
pub(super) fn extract_flags(line: &str) -> (Cow<'_, str>, Vec<SmolStr>) {
    let bytes = line.as_bytes();
    let mut flags = Vec::new();
    let mut phase = Phase::Spaces;
    let mut word = String::new();
    let mut blank_ok = false;
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
                let byte = bytes[pos];
                if is_space_byte(byte) {
                    pos += 1;
                    continue;
                }
                if byte != b'-' || bytes.get(pos + 1) != Some(&b'-') {
                    return (rest_from(pos), flags);
                }
                phase = Phase::Word;
                continue;
            }
            _ if at_end => {
                if word != "--" && (blank_ok || !word.is_empty()) {
                    flags.push(SmolStr::new(&word));
                }
                break;
            }
            Phase::Word => {
                // Plain ASCII runs are copied at once; only special bytes go one by one.
                let run = plain_run(&bytes[pos..]);
                if run > 0 {
                    word.push_str(&line[pos..pos + run]);
                    pos += run;
                    continue;
                }
                let byte = bytes[pos];
                if is_space_byte(byte) {
                    if word == "--" {
                        return (rest_from(pos), flags);
                    }
                    if blank_ok || !word.is_empty() {
                        flags.push(SmolStr::new(&word));
                    }
                    word.clear();
                    blank_ok = false;
                    phase = Phase::Spaces;
                    pos += 1;
                    continue;
                }
                if byte == b'\'' || byte == b'"' {
                    phase = Phase::Quote(byte);
                    blank_ok = true;
                    pos += 1;
                    continue;
                }
                let mut taken = byte;
                if byte == b'\\' {
                    if pos + 1 == bytes.len() {
                        pos += 1;
                        continue;
                    }
                    pos += 1;
                    taken = bytes[pos];
                }
                word.push(char::from(taken));
                pos += 1;
            }
            Phase::Quote(quote) => {
                let byte = bytes[pos];
                if byte == quote {
                    phase = Phase::Word;
                    pos += 1;
                    continue;
                }
                let mut taken = byte;
                if byte == b'\\' {
                    if pos + 1 == bytes.len() {
                        phase = Phase::Word;
                        pos += 1;
                        continue;
                    }
                    pos += 1;
                    taken = bytes[pos];
                }
                word.push(char::from(taken));
                pos += 1;
            }
        }
    }
    (Cow::Borrowed(""), flags)
}
