//! Physical lines and the small text rules BuildKit applies to them: line
//! breaks, leading blanks, comments and the continuation escape.

use super::MAX_LINE_BYTES;

/// One physical line of the source, line break included.
pub(super) struct PhysicalLine<'a> {
    pub text: &'a str,
    /// Byte offset of the line in the source.
    pub start: usize,
}

/// Splits the source into physical lines the way BuildKit's scanner does,
/// stopping (for good) at a line longer than it accepts.
pub(super) struct PhysicalLines<'a> {
    source: &'a str,
    position: usize,
    stopped_at_long_line: bool,
}

impl<'a> PhysicalLines<'a> {
    pub fn new(source: &'a str) -> Self {
        PhysicalLines {
            source,
            position: 0,
            stopped_at_long_line: false,
        }
    }

    /// Whether the scan ended early on a line over [`MAX_LINE_BYTES`].
    pub fn stopped_at_long_line(&self) -> bool {
        self.stopped_at_long_line
    }
}

impl<'a> Iterator for PhysicalLines<'a> {
    type Item = PhysicalLine<'a>;

    fn next(&mut self) -> Option<PhysicalLine<'a>> {
        if self.stopped_at_long_line || self.position >= self.source.len() {
            return None;
        }
        let rest = &self.source[self.position..];
        // Lines are short: a plain scan beats memchr's set-up.
        let (length, content_length) = match rest.bytes().position(|b| b == b'\n') {
            Some(newline) => (newline + 1, newline),
            None => (rest.len(), rest.len()),
        };
        if content_length > MAX_LINE_BYTES {
            self.stopped_at_long_line = true;
            return None;
        }
        let line = PhysicalLine {
            text: &rest[..length],
            start: self.position,
        };
        self.position += length;
        Some(line)
    }
}

/// Removes every trailing `\r` and `\n`.
pub(super) fn trim_newline(line: &str) -> &str {
    line.trim_end_matches(['\r', '\n'])
}

/// Removes leading white space (Unicode's, as Go's `unicode.IsSpace`).
pub(super) fn trim_leading_whitespace(line: &str) -> &str {
    // ASCII first: the Unicode test is only needed past a non-ASCII byte.
    let ascii = line.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '\x0b');
    if ascii.as_bytes().first().is_some_and(|b| !b.is_ascii()) {
        ascii.trim_start()
    } else {
        ascii
    }
}

/// Removes trailing white space (Unicode's, as Go's `unicode.IsSpace`).
pub(super) fn trim_trailing_whitespace(line: &str) -> &str {
    let ascii = line.trim_end_matches(|c: char| c.is_ascii_whitespace() || c == '\x0b');
    if ascii.as_bytes().last().is_some_and(|b| !b.is_ascii()) {
        ascii.trim_end()
    } else {
        ascii
    }
}

/// Removes white space at both ends, as Go's `strings.TrimSpace`.
pub(super) fn trim_whitespace(line: &str) -> &str {
    trim_trailing_whitespace(trim_leading_whitespace(line))
}

/// A comment line: `#` is its first non-blank character.
pub(super) fn is_comment(line: &str) -> bool {
    trim_leading_whitespace(trim_newline(line)).starts_with('#')
}

/// Strips a continuation escape at the end of `line`. Returns the kept text
/// and whether the logical line ends here. The escape continues the line
/// when it is the last character before optional spaces and tabs, unless it
/// is itself escaped (`\\`).
pub(super) fn trim_continuation(line: &str, escape: char) -> (&str, bool) {
    let trimmed = line.trim_end_matches([' ', '\t']);
    let Some(before) = trimmed.strip_suffix(escape) else {
        return (line, true);
    };
    if !before.is_empty() && before.ends_with(escape) {
        return (line, true);
    }
    (before, false)
}
