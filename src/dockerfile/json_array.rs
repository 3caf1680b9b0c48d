//! The JSON (exec) form: `["executable", "arg"]`, decoded as Go's
//! `encoding/json` decodes the first value of the text into a list. Text
//! after the closing bracket is ignored, as BuildKit ignores it; invalid
//! JSON makes BuildKit fall back to the shell form, while valid JSON holding
//! anything but strings is an error.

/// What the text holds when read as a JSON array.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum JsonArray<'l> {
    Strings(Args<'l>),
    /// Valid JSON, but some element is not a string.
    NotStrings,
    /// Not a JSON array: BuildKit falls back to the shell form.
    Invalid,
}

use std::borrow::Cow;

use super::{Args, Text};

/// The deepest nesting Go's JSON scanner accepts.
const MAX_DEPTH: usize = 10_000;

pub(super) fn decode(text: &str) -> JsonArray<'_> {
    let text = text.trim_start();
    if !text.starts_with('[') {
        return JsonArray::Invalid;
    }
    let mut reader = Reader {
        text,
        bytes: text.as_bytes(),
        pos: 1,
        number_out_of_range: false,
    };
    let mut strings = Args::new();
    let mut all_strings = true;
    reader.skip_blanks();
    if reader.peek() == Some(b']') {
        return JsonArray::Strings(strings);
    }
    loop {
        reader.skip_blanks();
        if reader.peek() == Some(b'"') {
            match reader.string() {
                Some(value) => strings.push(value),
                None => return JsonArray::Invalid,
            }
        } else {
            all_strings = false;
            if !reader.skip_value() {
                return JsonArray::Invalid;
            }
        }
        reader.skip_blanks();
        match reader.next() {
            Some(b',') => continue,
            Some(b']') => break,
            _ => return JsonArray::Invalid,
        }
    }
    if reader.number_out_of_range {
        // Go reports a number it cannot hold as a decoding error: shell form.
        JsonArray::Invalid
    } else if all_strings {
        JsonArray::Strings(strings)
    } else {
        JsonArray::NotStrings
    }
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    number_out_of_range: bool,
}

impl<'a> Reader<'a> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let byte = self.peek();
        self.pos += usize::from(byte.is_some());
        byte
    }

    fn skip_blanks(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    /// Skips one value of any kind, checking its syntax; iterative, so deep
    /// nesting cannot overflow the stack.
    fn skip_value(&mut self) -> bool {
        // The containers we are inside, innermost last; the top-level array counts.
        let mut open: Vec<u8> = vec![b'['];
        let base = open.len();
        loop {
            self.skip_blanks();
            match self.peek() {
                Some(b'[') | Some(b'{') => {
                    let bracket = self.next().unwrap_or(b'[');
                    if open.len() >= MAX_DEPTH {
                        return false;
                    }
                    open.push(bracket);
                    self.skip_blanks();
                    let close = if bracket == b'[' { b']' } else { b'}' };
                    if self.peek() == Some(close) {
                        self.pos += 1;
                        open.pop();
                    } else if bracket == b'{' && !self.object_key() {
                        return false;
                    } else {
                        continue;
                    }
                }
                Some(b'"') => {
                    if self.string().is_none() {
                        return false;
                    }
                }
                Some(b't') => {
                    if !self.literal(b"true") {
                        return false;
                    }
                }
                Some(b'f') => {
                    if !self.literal(b"false") {
                        return false;
                    }
                }
                Some(b'n') => {
                    if !self.literal(b"null") {
                        return false;
                    }
                }
                Some(b'-' | b'0'..=b'9') => {
                    if !self.number() {
                        return false;
                    }
                }
                _ => return false,
            }
            // After a value: close containers or move to the next element.
            loop {
                if open.len() == base {
                    return true;
                }
                self.skip_blanks();
                let inner = *open.last().unwrap_or(&b'[');
                let close = if inner == b'[' { b']' } else { b'}' };
                match self.peek() {
                    Some(b',') => {
                        self.pos += 1;
                        if inner == b'{' && !self.object_key() {
                            return false;
                        }
                        break;
                    }
                    Some(byte) if byte == close => {
                        self.pos += 1;
                        open.pop();
                    }
                    _ => return false,
                }
            }
        }
    }

    /// `"key" :` inside an object.
    fn object_key(&mut self) -> bool {
        self.skip_blanks();
        if self.peek() != Some(b'"') || self.string().is_none() {
            return false;
        }
        self.skip_blanks();
        self.next() == Some(b':')
    }

    fn literal(&mut self, word: &[u8]) -> bool {
        if self.bytes[self.pos..].starts_with(word) {
            self.pos += word.len();
            true
        } else {
            false
        }
    }

    fn number(&mut self) -> bool {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.next() {
            Some(b'0') => {}
            Some(b'1'..=b'9') => self.skip_digits(),
            _ => return false,
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if !self.at_digit() {
                return false;
            }
            self.skip_digits();
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if !self.at_digit() {
                return false;
            }
            self.skip_digits();
        }
        let literal = std::str::from_utf8(&self.bytes[start..self.pos]).unwrap_or("0");
        if literal.parse::<f64>().is_ok_and(f64::is_infinite) {
            self.number_out_of_range = true;
        }
        true
    }

    fn at_digit(&self) -> bool {
        self.peek().is_some_and(|b| b.is_ascii_digit())
    }

    fn skip_digits(&mut self) {
        while self.at_digit() {
            self.pos += 1;
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.bytes.get(self.pos..self.pos + 4)?;
        let text = std::str::from_utf8(digits).ok()?;
        if !text.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        self.pos += 4;
        u32::from_str_radix(text, 16).ok()
    }

    /// A string at `"`, decoded; `None` when its syntax is wrong.
    fn string(&mut self) -> Option<Text<'a>> {
        self.pos += 1;
        // Most strings hold no escape: they are a piece of the text as written.
        let start = self.pos;
        let rest = &self.bytes[start..];
        if let Some(end) = rest
            .iter()
            .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
            && rest[end] == b'"'
        {
            self.pos += end + 1;
            // Quotes are ASCII, so both ends fall on character boundaries.
            return Some(Cow::Borrowed(&self.text[start..start + end]));
        }
        let mut out: Vec<u8> = Vec::new();
        loop {
            let byte = self.next()?;
            match byte {
                b'"' => return Some(Cow::Owned(String::from_utf8_lossy(&out).into_owned())),
                0x00..=0x1f => return None,
                b'\\' => {
                    let decoded = match self.next()? {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode_escape()?,
                        _ => return None,
                    };
                    let mut buffer = [0; 4];
                    out.extend_from_slice(decoded.encode_utf8(&mut buffer).as_bytes());
                }
                other => out.push(other),
            }
        }
    }

    /// After `\u`: one code unit, or a surrogate pair; a lone surrogate is U+FFFD.
    fn unicode_escape(&mut self) -> Option<char> {
        let unit = self.hex4()?;
        if !(0xd800..0xe000).contains(&unit) {
            return char::from_u32(unit);
        }
        if (0xd800..0xdc00).contains(&unit) && self.bytes[self.pos..].starts_with(b"\\u") {
            let saved = self.pos;
            self.pos += 2;
            match self.hex4() {
                Some(low @ 0xdc00..0xe000) => {
                    let combined = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
                    return char::from_u32(combined);
                }
                _ => self.pos = saved,
            }
        }
        Some('\u{fffd}')
    }
}
