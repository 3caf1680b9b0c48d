//! How each instruction's arguments are split, following BuildKit's line
//! parsers: whitespace lists for `FROM`/`EXPOSE`, JSON-or-shell for
//! `RUN`/`CMD`/`ENTRYPOINT`/`SHELL`, JSON-or-list for `COPY`/`ADD`/`VOLUME`,
//! key/value pairs for `ENV`/`LABEL`, quote-aware words for `ARG`, and the
//! nested instruction of `ONBUILD`.

use super::flags::extract_flags;
use super::json_array::{self, JsonArray};
use super::lines::trim_whitespace;
use std::borrow::Cow;

use smallvec::smallvec;

use super::{Args, Command, Flags, Keyword, go_quote};

/// BuildKit's `[\t\v\f\r ]`: the blanks that separate words.
fn is_separator_byte(byte: u8) -> bool {
    matches!(byte, b'\t' | 0x0b | 0x0c | b'\r' | b' ')
}

/// Splits at the first run of separators, as Go's `regexp.Split(text, 2)`.
fn split_first_word(text: &str) -> Option<(&str, &str)> {
    let bytes = text.as_bytes();
    let end = bytes.iter().position(|&b| is_separator_byte(b))?;
    let next = bytes[end..]
        .iter()
        .position(|&b| !is_separator_byte(b))
        .map_or(bytes.len(), |offset| end + offset);
    // Separators are ASCII, so both cuts fall on character boundaries.
    Some((&text[..end], &text[next..]))
}

/// Parses one logical line into a command (keyword, flags, arguments).
pub(super) fn parse_command(line: &str, escape: char) -> Result<Command<'_>, String> {
    let trimmed = trim_whitespace(line);
    let (keyword, after_keyword) = match split_first_word(trimmed) {
        Some((keyword, rest)) => (keyword, Some(rest)),
        None => (trimmed, None),
    };
    let (rest, flags) = match after_keyword {
        Some(after_keyword) => extract_flags(after_keyword),
        None => (Cow::Borrowed(""), Flags::new()),
    };
    let mut command = bare_command(keyword, flags);
    match rest {
        Cow::Borrowed(rest) => read_arguments(&mut command, trim_whitespace(rest), escape)?,
        // The flags ended inside a character and the rest was repaired: own what it gives.
        Cow::Owned(rest) => {
            let mut repaired = bare_command(keyword, Flags::new());
            read_arguments(&mut repaired, trim_whitespace(&rest), escape)?;
            let repaired = repaired.into_owned();
            command.args = repaired.args;
            command.json = repaired.json;
            command.legacy_key_value = repaired.legacy_key_value;
            command.trigger = repaired.trigger;
        }
    }
    Ok(command)
}

/// A command before its arguments are read.
fn bare_command<'l>(keyword: &'l str, flags: Flags<'l>) -> Command<'l> {
    Command {
        keyword: Cow::Borrowed(keyword),
        flags,
        args: Args::new(),
        json: false,
        legacy_key_value: false,
        trigger: None,
        kind: Keyword::from_word(keyword),
    }
}

/// Splits the text after the flags as this instruction's line parser does.
fn read_arguments<'l>(
    command: &mut Command<'l>,
    rest: &'l str,
    escape: char,
) -> Result<(), String> {
    match command.kind {
        Some(Keyword::Add | Keyword::Copy | Keyword::Volume) => {
            (command.args, command.json) = json_or_list(rest)?;
        }
        Some(Keyword::Cmd | Keyword::Entrypoint | Keyword::Run | Keyword::Shell) => {
            (command.args, command.json) = json_or_string(rest)?;
        }
        Some(Keyword::Env) => {
            (command.args, command.legacy_key_value) = key_values(rest, "ENV", escape)?;
        }
        Some(Keyword::Label) => {
            (command.args, command.legacy_key_value) = key_values(rest, "LABEL", escape)?;
        }
        Some(Keyword::Arg) => {
            command.args = quoted_words(rest, escape)
                .into_iter()
                .map(Cow::Borrowed)
                .collect();
        }
        Some(Keyword::Expose | Keyword::From) => command.args = separated_list(rest),
        Some(Keyword::Healthcheck) => (command.args, command.json) = healthcheck(rest)?,
        Some(Keyword::Maintainer | Keyword::Stopsignal | Keyword::User | Keyword::Workdir) => {
            command.args = whole_string(rest);
        }
        Some(Keyword::Onbuild) => {
            if !rest.is_empty() {
                command.trigger = Some(Box::new(parse_command(rest, escape)?));
            }
        }
        // BuildKit keeps an unknown instruction with one empty argument.
        None => command.args = smallvec![Cow::Borrowed("")],
    }
    Ok(())
}

fn whole_string(rest: &str) -> Args<'_> {
    if rest.is_empty() {
        Args::new()
    } else {
        smallvec![Cow::Borrowed(rest)]
    }
}

fn separated_list(rest: &str) -> Args<'_> {
    if rest.is_empty() {
        return Args::new();
    }
    let mut words = Args::new();
    let mut remaining = rest;
    while let Some((word, rest)) = split_first_word(remaining) {
        words.push(Cow::Borrowed(word));
        remaining = rest;
    }
    words.push(Cow::Borrowed(remaining));
    words
}

const NOT_STRING_ARRAY: &str =
    "when using JSON array syntax, arrays must be comprised of strings only";

/// `RUN`, `CMD`, `ENTRYPOINT`, `SHELL`: a JSON array, else the whole text.
fn json_or_string(rest: &str) -> Result<(Args<'_>, bool), String> {
    if rest.is_empty() {
        return Ok((Args::new(), false));
    }
    match json_array::decode(rest) {
        JsonArray::Strings(strings) => Ok((strings, true)),
        JsonArray::NotStrings => Err(NOT_STRING_ARRAY.to_string()),
        JsonArray::Invalid => Ok((smallvec![Cow::Borrowed(rest)], false)),
    }
}

/// `COPY`, `ADD`, `VOLUME`: a JSON array, else the words of the text.
fn json_or_list(rest: &str) -> Result<(Args<'_>, bool), String> {
    match json_array::decode(rest) {
        JsonArray::Strings(strings) => Ok((strings, true)),
        JsonArray::NotStrings => Err(NOT_STRING_ARRAY.to_string()),
        JsonArray::Invalid => Ok((separated_list(rest), false)),
    }
}

/// `HEALTHCHECK`: the type word (`CMD`, `NONE`…), then a command. BuildKit
/// finds the first blank byte by byte, so it may cut inside a character;
/// only then are the pieces repaired (and owned).
fn healthcheck(rest: &str) -> Result<(Args<'_>, bool), String> {
    let bytes = rest.as_bytes();
    let is_blank = |b: &u8| matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ' | 0x85 | 0xa0);
    let separator = bytes.iter().position(is_blank).unwrap_or(bytes.len());
    if separator == 0 {
        return Ok((Args::new(), false));
    }
    let command_start = bytes[separator..]
        .iter()
        .position(|b| !is_blank(b))
        .map_or(bytes.len(), |offset| separator + offset);
    let kind = match rest.get(..separator) {
        Some(kind) => Cow::Borrowed(kind),
        None => String::from_utf8_lossy(&bytes[..separator]),
    };
    let (mut args, json) = match rest.get(command_start..) {
        Some(command) => json_or_string(command)?,
        None => {
            let repaired = String::from_utf8_lossy(&bytes[command_start..]);
            let (args, json) = json_or_string(&repaired)?;
            let owned = args.into_iter().map(|arg| Cow::Owned(arg.into_owned()));
            (owned.collect(), json)
        }
    };
    args.insert(0, kind);
    Ok((args, json))
}

/// BuildKit's `parseWords`: words split on blanks, quotes and escapes kept.
/// A word is always a piece of `rest` as written, except that an escape
/// ending the text is dropped.
fn quoted_words(rest: &str, escape: char) -> Vec<&str> {
    let mut words = Vec::new();
    // Where the current word started, if inside one.
    let mut start: Option<usize> = None;
    let mut quote: Option<char> = None;
    let mut end = rest.len();
    let mut chars = rest.char_indices();
    while let Some((i, ch)) = chars.next() {
        let word_start = match start {
            Some(word_start) => word_start,
            None if ch.is_whitespace() => continue,
            None => *start.insert(i),
        };
        match quote {
            None if ch.is_whitespace() => {
                words.push(&rest[word_start..i]);
                start = None;
            }
            None if ch == '\'' || ch == '"' => quote = Some(ch),
            Some(open) if ch == open => quote = None,
            // Nothing escapes inside single quotes.
            Some('\'') => {}
            // An escape takes the next character along; ending the text, it is dropped.
            _ if ch == escape && chars.next().is_none() => end = i,
            _ => {}
        }
    }
    if let Some(word_start) = start.filter(|&word_start| word_start < end) {
        words.push(&rest[word_start..end]);
    }
    words
}

/// `ENV` / `LABEL`: `key=value …`, or the legacy `key value`. Returns keys
/// and values alternating, and whether the legacy form was used.
fn key_values<'l>(rest: &'l str, name: &str, escape: char) -> Result<(Args<'l>, bool), String> {
    let words = quoted_words(rest, escape);
    let Some(first) = words.first() else {
        return Ok((Args::new(), false));
    };
    if !first.contains('=') {
        let Some((key, value)) = split_first_word(rest) else {
            return Err(format!("{name} must have two arguments"));
        };
        return Ok((smallvec![Cow::Borrowed(key), Cow::Borrowed(value)], true));
    }
    let mut pairs = Args::with_capacity(words.len() * 2);
    for word in words {
        let Some((key, value)) = word.split_once('=') else {
            return Err(format!(
                "Syntax error - can't find = in {}. Must be of the form: name=value",
                go_quote(word)
            ));
        };
        pairs.push(Cow::Borrowed(key));
        pairs.push(Cow::Borrowed(value));
    }
    Ok((pairs, false))
}
